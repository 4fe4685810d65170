INSERT INTO note (id, body, doc) VALUES (1, REPEAT('a', 65535), 'short'), (2, REPEAT('a', 65536), REPEAT('é', 32768)), (3, REPEAT('é', 32767), REPEAT('é', 32767)), (4, NULL, NULL), (5, 'x', '');
