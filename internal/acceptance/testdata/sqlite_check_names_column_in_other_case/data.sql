-- SQLite reads QTY as qty: once qty is TEXT, '10' >= 5 compares as text
-- ('10' < '5') and row 1 fails the check the rebuild runs again.
INSERT INTO stock (id, qty) VALUES (1, 10), (2, 7), (3, NULL);
