INSERT INTO reading (id, v, label) VALUES (1, 1, 'a'), (2000, 2, 'b');
