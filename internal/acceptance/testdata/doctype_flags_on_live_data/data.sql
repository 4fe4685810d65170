INSERT INTO item (note, code, flag, tag, amount, big, title) VALUES
 (NULL, 'a', 'x', 'red', 12345.678, 3000000000, 'ééééé'),
 ('n', 'a', NULL, 'blue', 1.005, -3000000000, 'abcdefgh'),
 (NULL, 'b', 'y', 'green', 99999.999, 5, 'ab€'),
 ('m', 'c', 'x', NULL, NULL, NULL, NULL);
