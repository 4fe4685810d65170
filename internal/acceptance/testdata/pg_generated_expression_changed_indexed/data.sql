INSERT INTO person (id, first, last) VALUES (1, 'Ada', 'Lovelace'), (2, 'Alan', NULL);
