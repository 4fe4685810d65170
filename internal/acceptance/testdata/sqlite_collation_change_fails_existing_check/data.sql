INSERT INTO job (kind, st) VALUES ('a', 'y'), ('A', 'z'), (NULL, NULL);
