INSERT INTO login (id, email) VALUES (1, 'Ann@x'), (2, 'ann@x'), (3, 'bob@x'), (4, NULL), (5, NULL);
