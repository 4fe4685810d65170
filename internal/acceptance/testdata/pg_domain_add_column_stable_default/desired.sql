-- CURRENT_DATE is STABLE: ADD COLUMN computes it once and every existing
-- row gets today, which the domain past refuses (the ALTER fails) and the
-- domain recent takes.
CREATE DOMAIN past AS date CHECK (VALUE < '2000-01-01');
CREATE DOMAIN recent AS date CHECK (VALUE > '2000-01-01');
CREATE TABLE stock (
  id integer PRIMARY KEY,
  made past DEFAULT CURRENT_DATE,
  seen recent DEFAULT CURRENT_DATE
);
