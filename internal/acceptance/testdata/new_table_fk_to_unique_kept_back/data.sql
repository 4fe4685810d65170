INSERT INTO parent (id, code) VALUES (1, 'a'), (2, 'a'), (3, 'b');
