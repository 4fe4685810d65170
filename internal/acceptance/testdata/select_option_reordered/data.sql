INSERT INTO ticket (id, status) VALUES (1, 'new'), (2, 'void'), (3, NULL);
