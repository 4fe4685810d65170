INSERT INTO reading (val, amt, whole) VALUES (123.456, 999.99, 9999), (999.990, 12.30, -9999), (-5.500, 0.05, 0), (0.005, -999.95, NULL), (NULL, 1.00, 12), (-999.999, NULL, 1);
