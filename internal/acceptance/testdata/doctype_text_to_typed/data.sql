INSERT INTO rec (born, seen, payload, ref) VALUES
  ('2024-01-31', '2024-01-31 10:00:00', '{"a": 1}', '0b7f4c1e-8a6d-4b8e-9d5f-3c2a1b0e9f87'),
  ('2024-02-30', 'bad', '[1, 2]', 'abc'),
  ('soon', '2024-03-01 00:00:00', 'not json', NULL),
  (NULL, NULL, NULL, '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f');
