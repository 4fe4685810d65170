INSERT INTO ticket (id, status) VALUES (1, 'new'), (2, 'paid'), (3, 'void'), (4, 'void'), (5, NULL), (6, 'Void'), (7, 'PAID ');
