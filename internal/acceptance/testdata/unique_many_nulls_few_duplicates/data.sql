INSERT INTO customer (id, tax_id, region) VALUES
  (1, NULL, 'eu'), (2, NULL, 'eu'), (3, NULL, 'eu'), (4, NULL, 'us'), (5, NULL, NULL),
  (6, NULL, 'eu'), (7, NULL, 'us'), (8, NULL, NULL), (9, NULL, 'eu'), (10, NULL, 'us'),
  (11, 't1', 'eu'), (12, 't1', 'eu'), (13, 't1', 'us'), (14, 't1', NULL), (15, 't2', 'eu'),
  (16, 't2', 'eu'), (17, 't3', 'eu'), (18, 't4', NULL), (19, 't4', NULL), (20, 't5', 'us');
