INSERT INTO ticket (id, status) VALUES (1, 'new'), (2, 'paid'), (3, 'void'), (4, 'void'), (5, NULL);
