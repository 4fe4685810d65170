INSERT INTO memo (id, body) VALUES (1, REPEAT('é', 200)), (2, REPEAT('e', 255)), (3, REPEAT('é', 127)), (4, REPEAT('e', 256)), (5, NULL);
