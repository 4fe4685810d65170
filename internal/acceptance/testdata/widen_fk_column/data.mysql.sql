INSERT INTO parent (id) VALUES (1), (2);
INSERT INTO child (id, parent_id) VALUES (1, 1), (2, NULL);
