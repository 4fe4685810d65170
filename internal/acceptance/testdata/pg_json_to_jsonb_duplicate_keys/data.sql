INSERT INTO doc (id, body) VALUES (1, '{"a": 1, "b": 2}'), (2, '{"a": 1, "a": 2}'), (3, '{"x": {"k": 1, "k": 2}}'), (4, NULL), (5, '[1, 2, 3]');
