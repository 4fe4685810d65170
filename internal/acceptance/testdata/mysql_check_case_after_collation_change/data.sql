INSERT INTO code (id, c) VALUES (1, 'ABC'), (2, 'abc'), (3, 'Xy'), (4, NULL), (5, 'Q1');
