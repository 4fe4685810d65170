INSERT INTO item (id, tag) VALUES (1, 'ab'), (2, NULL);
INSERT INTO item (id) VALUES (3);
UPDATE item SET tag = 'xy' WHERE id = 3;
