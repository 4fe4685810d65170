INSERT INTO client (name) VALUES ('a'), ('b');
INSERT INTO invoice (client_id, total) VALUES (1, 10), (2, 3000), (NULL, 5);
