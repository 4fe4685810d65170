INSERT INTO task (state, prio, owner) VALUES ('todo', 1, 'ann'), ('doing', 2, NULL), (NULL, NULL, NULL);
