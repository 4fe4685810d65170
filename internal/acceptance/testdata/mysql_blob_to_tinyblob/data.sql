INSERT INTO img (id, data) VALUES (1, X'00FF'), (2, REPEAT('x', 255)), (3, REPEAT('x', 256)), (4, NULL), (5, REPEAT(X'FF', 300));
