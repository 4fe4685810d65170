INSERT INTO stock (qty, reserved, sold) VALUES (5, 0, 1), (-1, -3, 2), (0, NULL, 3), (-7, 2, 4);
