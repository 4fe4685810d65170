INSERT INTO person (id, name, email) VALUES (1, 'Ann', 'ann@example.com'), (2, 'Bob', NULL), (3, 'Cy', NULL), (4, 'Di', 'di@example.com');
