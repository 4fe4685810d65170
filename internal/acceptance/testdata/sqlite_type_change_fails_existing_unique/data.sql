INSERT INTO k (code, b) VALUES (1, 1), ('1', 1), (2, NULL), ('x', 2);
INSERT INTO m (code) VALUES (1), ('01'), (NULL), (NULL);
