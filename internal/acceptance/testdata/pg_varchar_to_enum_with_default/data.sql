INSERT INTO orders (id, status) VALUES (1, 'new'), (2, 'paid'), (3, 'paid');
