INSERT INTO item (id, name, code, qty, price, note, size, label, tag) VALUES
  (1, 'abcdefgh', 'A1', '12', 1.234, NULL, 'l', '日本', 'plain'),
  (2, 'abc', 'B2', '12abc', 2.5, 'n', 's', 'café', 'café'),
  (3, NULL, NULL, NULL, NULL, 'm', NULL, NULL, NULL);
