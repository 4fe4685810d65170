INSERT INTO note (id, title, body) VALUES (1, 'a', 'first'), (2, 'b', NULL);
