INSERT INTO note (id, body, code, mood, n) VALUES (1, 'café', 'abc', 'ok', 1), (2, NULL, NULL, NULL, NULL);
