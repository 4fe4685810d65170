INSERT INTO job (status, kind) VALUES ('new', 'a'), ('New', 'A'), ('OLD', 'b'), (NULL, NULL);
