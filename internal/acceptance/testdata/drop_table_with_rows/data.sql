INSERT INTO old_log (id, line) VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, NULL);
