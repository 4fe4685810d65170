INSERT INTO task (id, owner_id) VALUES (1, NULL), (2, NULL);
