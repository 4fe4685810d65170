INSERT INTO client (id, mail, full_name, phone) VALUES (1, 'a@x', 'Ann', '555'), (2, 'b@x', 'Bob', NULL);
INSERT INTO invoice (client_id, amount) VALUES (1, 10), (2, 20), (2, 5);
