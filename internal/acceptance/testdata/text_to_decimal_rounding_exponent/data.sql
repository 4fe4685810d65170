-- On SQLite the decimal has NUMERIC affinity: a text the rebuild stores as
-- a number that reads back otherwise ('1e3' as 1000) counts too
-- (expected.sqlite.json).
INSERT INTO price (id, amount) VALUES (1, '1e3'), (2, '1.5E-2'), (3, '1.239'), (4, '-2.345'), (5, '12.30'), (6, NULL), (7, '1e8'), (8, '99999999.99'), (9, '2.50E1'), (10, '-0.001');
