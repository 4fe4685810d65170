-- ADD COLUMN ... STORED computes the expression for every existing row:
-- a / b fails with division by zero on row 2 (row 3 gives NULL), so the
-- change cannot run; a + b computes everywhere and is added.
CREATE TABLE stat (
  id INTEGER PRIMARY KEY,
  a INTEGER,
  b INTEGER,
  ratio INTEGER GENERATED ALWAYS AS (a / b) STORED,
  total INTEGER GENERATED ALWAYS AS (a + b) STORED
);
