INSERT INTO person (id, last_name, city) VALUES (1, 'Lovelace', 'London'), (2, 'Hopper', NULL);
