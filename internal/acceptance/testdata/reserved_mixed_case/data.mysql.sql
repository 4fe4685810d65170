INSERT INTO `order` (`id`, `Group`, `select`, `User Name`) VALUES
 (1, 'alpha', 1, 'x'), (2, 'alpha', NULL, 'y'), (3, 'a-very-long-group-name', 3, NULL), (4, 'beta', NULL, 'z'), (5, NULL, 5, 'w');
