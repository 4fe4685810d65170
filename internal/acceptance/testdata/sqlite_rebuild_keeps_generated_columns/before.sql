-- A rebuild keeps VIRTUAL and STORED generated columns, and does not copy
-- into them.
CREATE TABLE t (id INTEGER PRIMARY KEY, n VARCHAR(10), a INT, v INT GENERATED ALWAYS AS (a * 2) VIRTUAL, s TEXT GENERATED ALWAYS AS (upper(n)) STORED, w INT AS (a + 1));
