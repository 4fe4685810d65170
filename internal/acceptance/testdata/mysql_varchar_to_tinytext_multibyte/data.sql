INSERT INTO post (id, body) VALUES (1, 'short'), (2, REPEAT('a', 200)), (3, REPEAT('é', 100)), (4, REPEAT('😀', 64)), (5, REPEAT('😀', 63)), (6, NULL), (7, REPEAT('日', 86));
