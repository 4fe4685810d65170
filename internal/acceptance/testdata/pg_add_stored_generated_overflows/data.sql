INSERT INTO item (id, name, big, price) VALUES
  (1, 'a', 5, 1.25),
  (2, 'abc', 3000000000, 99999.5),
  (3, NULL, NULL, NULL),
  (4, 'abcdef', -2147483648, 9999.94),
  (5, 'ab  ', 2147483647, -9999.96);
