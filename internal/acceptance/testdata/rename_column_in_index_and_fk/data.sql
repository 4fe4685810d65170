INSERT INTO parent (id) VALUES (1), (2);
INSERT INTO child (id, parent_ref) VALUES (1, 1), (2, 2), (3, NULL);
