INSERT INTO k (code) VALUES (1), ('1'), (2.0), ('2.0'), (NULL), (NULL);
INSERT INTO m (code) VALUES (1), ('01'), (2.5), ('2.50'), (NULL);
