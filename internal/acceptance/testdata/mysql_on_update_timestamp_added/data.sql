INSERT INTO doc (id, title, changed) VALUES (1, 'a', '2020-01-01 00:00:00'), (2, 'b', NULL);
