INSERT INTO counter (hits, small_hits, level) VALUES (1, 5, 1), (2147483647, 40000, 2), (NULL, -40000, 3), (3, 32767, 4);
