INSERT INTO task (id, owner_id) VALUES (1, 7), (2, NULL), (3, 7), (4, 8);
