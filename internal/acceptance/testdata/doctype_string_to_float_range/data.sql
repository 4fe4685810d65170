INSERT INTO sample (light, heavy) VALUES
  ('1.5', '1.5'),
  ('1e39', '1e309'),
  ('-1e39', '-1e309'),
  ('3e38', '1e308'),
  (NULL, NULL),
  ('x', 'x'),
  (' 2 ', ' 2 ');
