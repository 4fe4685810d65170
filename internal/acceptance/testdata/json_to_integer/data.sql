INSERT INTO doc (id, body) VALUES (1, '1'), (2, '"x"'), (3, NULL), (4, '{"a": 1}'), (5, '12.5');
