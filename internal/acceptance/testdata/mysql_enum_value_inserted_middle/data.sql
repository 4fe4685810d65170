INSERT INTO ticket (id, st, tags) VALUES (1, 'open', 'red,blue'), (2, 'closed', 'blue'), (3, 'closed', '');
