INSERT INTO doc (id, body) VALUES (1, '{"a":1}'), (2, 'not json'), (3, ''), (4, NULL), (5, '[1,2]'), (6, '"x"'), (7, '{"a":1} trailing');
