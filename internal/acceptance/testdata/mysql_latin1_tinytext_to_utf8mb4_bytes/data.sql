INSERT INTO memo (id, body) VALUES (1, REPEAT('é', 200)), (2, REPEAT('e', 255)), (3, REPEAT('é', 127)), (4, REPEAT('é', 128)), (5, NULL);
