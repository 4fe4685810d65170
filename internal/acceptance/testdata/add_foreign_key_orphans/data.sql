INSERT INTO parent (id, name) VALUES (1, 'one'), (2, 'two');
INSERT INTO child (id, parent_id) VALUES (1, 1), (2, 2), (3, 3), (4, 4), (5, 4), (6, NULL);
