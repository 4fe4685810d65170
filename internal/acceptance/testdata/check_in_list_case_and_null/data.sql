INSERT INTO task (id, status) VALUES (1, 'open'), (2, 'OPEN'), (3, 'done'), (4, NULL), (5, 'done '), (6, 'closed');
