-- A generated column is computed again from the rebuilt table's values:
-- REAL 5.0 / 2 is 2.5, INTEGER 5 / 2 is 2. A unique key or a check that
-- reads the generated column then sees the new results, and the rebuild
-- fails on them, though no value of the retyped column itself is lost.
CREATE TABLE bucket (id INTEGER PRIMARY KEY, size REAL, half INT AS (size / 2) STORED);
CREATE UNIQUE INDEX bucket_half ON bucket (half);
CREATE TABLE progress (id INTEGER PRIMARY KEY, done REAL, total REAL, share REAL AS (done / total), CHECK (share > 0));
-- note is not read by the generated column: its change rebuilds alone.
CREATE TABLE task (id INTEGER PRIMARY KEY, hours REAL, note VARCHAR(20), days REAL AS (hours / 8), CHECK (days > 0));
