INSERT INTO employee (id, manager_id) VALUES (1, NULL), (2, 1), (3, 99), (4, 4);
