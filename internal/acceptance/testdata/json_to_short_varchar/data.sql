INSERT INTO doc (id, body) VALUES (1, '{"a": 1}'), (2, '[1,2,3,4,5,6]'), (3, NULL), (4, '"abcdefghij"'), (5, '12');
