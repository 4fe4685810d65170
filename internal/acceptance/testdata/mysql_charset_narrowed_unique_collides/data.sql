INSERT INTO tag (id, name) VALUES (1, 'go'), (2, 'Go'), (3, 'GO'), (4, 'rust'), (5, NULL), (6, NULL),
  (7, 'ĉu'), (8, 'ŝi'), (9, 'ĉi'), (10, 'Zürich'), (11, 'zürich');
