INSERT INTO job (id) VALUES (1);
INSERT INTO job (id, state, prio) VALUES (2, 'done', 1);
