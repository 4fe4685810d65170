INSERT INTO person (id, first, last) VALUES (1, 'Ann', 'Lee'), (2, 'Maximilian', 'Featherstonehaugh'), (3, NULL, 'X');
