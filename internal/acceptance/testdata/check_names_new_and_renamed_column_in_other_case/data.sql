-- Unquoted names match columns in any case on every engine (PostgreSQL
-- folds them to lower case): PRIO reads the new column prio, which every
-- row gets as 0, and QUANTITY the column qty, renamed.
INSERT INTO ticket (id, qty) VALUES (1, 3), (2, 10), (3, NULL);
