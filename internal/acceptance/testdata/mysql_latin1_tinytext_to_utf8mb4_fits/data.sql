INSERT INTO memo (id, body) VALUES (1, REPEAT('é', 127)), (2, REPEAT('e', 255)), (3, NULL);
