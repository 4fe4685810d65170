INSERT INTO author (id) VALUES (1), (2);
INSERT INTO book (id, author_id) VALUES (1, 1), (2, 2), (3, NULL);
SET session_replication_role = replica;
INSERT INTO book (id, author_id) VALUES (4, 99);
SET session_replication_role = DEFAULT;
