INSERT INTO raw (id, payload) VALUES (1, 'hello'), (2, X'C3A9'), (3, X'FF00FE'), (4, NULL), (5, X'E9');
