INSERT INTO doc (id, body) VALUES (1, '{"a": 1}'), (2, '{a: 1}'), (3, ''), (4, NULL), (5, '[1, 2'), (6, '42'), (7, '"x"'), (8, 'null');
