INSERT INTO account (id, legacy) VALUES (1, NULL), (2, NULL);
