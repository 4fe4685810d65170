INSERT INTO entry (id, "order", "group", "Mixed Case", "user") VALUES (1, 'asc', 'g', 'a', NULL), (2, 'none', 'g', 'b', 1), (3, 'none', NULL, NULL, 2);
