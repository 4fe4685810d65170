-- A rebuild (the widening forces one) keeps named and unnamed CHECKs,
-- inline and table-level, as the table created directly has them.
CREATE TABLE t (id INTEGER PRIMARY KEY, n VARCHAR(10), a INT CHECK (a > 0), b INT CONSTRAINT b_pos CHECK (b >= 0), CHECK (a < b), CONSTRAINT ab CHECK (a + b < 100));
