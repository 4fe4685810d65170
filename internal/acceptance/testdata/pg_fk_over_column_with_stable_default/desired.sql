-- CURRENT_DATE is computed once by ADD COLUMN: every row gets today,
-- which day does not hold (the new foreign key fails on both rows of
-- entry) and today does (visit's key holds). clock_timestamp() is
-- volatile, computed per row: noisy's key cannot be counted.
CREATE TABLE day (d date PRIMARY KEY);
CREATE TABLE today (d date PRIMARY KEY);
CREATE TABLE entry (
  id integer PRIMARY KEY,
  d date DEFAULT CURRENT_DATE REFERENCES day (d)
);
CREATE TABLE visit (
  id integer PRIMARY KEY,
  d date DEFAULT CURRENT_DATE REFERENCES today (d)
);
CREATE TABLE noisy (
  id integer PRIMARY KEY,
  d date DEFAULT (clock_timestamp())::date REFERENCES today (d)
);
