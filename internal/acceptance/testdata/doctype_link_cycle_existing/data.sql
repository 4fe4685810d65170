INSERT INTO department (id, name, head) VALUES (1, 'R&D', 1), (2, 'Ops', NULL), (3, 'Sales', 2);
INSERT INTO employee (id, name, department) VALUES (1, 'ann', 1), (2, 'bob', 2), (3, 'cy', 9), (4, 'dee', 9), (5, 'eve', NULL);
