INSERT INTO ticket (id, title) VALUES (1, 'a'), (2, 'b');
