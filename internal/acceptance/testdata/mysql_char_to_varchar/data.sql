INSERT INTO code (id, tag) VALUES (1, 'ab   '), (2, 'ab'), (3, '  x'), (4, ''), (5, NULL);
