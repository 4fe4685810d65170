INSERT INTO `order` (id, `user`, `Select`) VALUES (1, 'ann', 1), (2, 'bartholomew', 2), (3, NULL, 3);
