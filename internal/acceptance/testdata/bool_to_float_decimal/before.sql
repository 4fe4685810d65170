-- MariaDB's BOOL is a TINYINT(1) and holds any -128..127: into DOUBLE,
-- FLOAT and DECIMAL(5,2) every value fits (widen-type); DECIMAL(2,0)
-- holds only -99..99 and the ALTER fails on -128, 127 and -100 (strict
-- mode; non-strict clamps them to -99 and 99). PostgreSQL has no cast
-- from boolean to any of them: the ALTER fails on any table.
CREATE TABLE flag (
  id INTEGER PRIMARY KEY,
  f BOOLEAN,
  g BOOLEAN,
  h BOOLEAN,
  k BOOLEAN
);
