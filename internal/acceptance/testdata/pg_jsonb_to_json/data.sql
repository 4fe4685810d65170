INSERT INTO doc (id, body) VALUES (1, '{"b": 2, "a": 1}'), (2, '[1, "x", null]'), (3, NULL);
