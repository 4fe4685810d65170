INSERT INTO stock VALUES (1, 1), (2, 2);
INSERT INTO batch VALUES (1, ARRAY[1, -5]::qty[]);
