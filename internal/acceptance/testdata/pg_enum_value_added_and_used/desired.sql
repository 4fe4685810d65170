-- A value ALTER TYPE ... ADD VALUE adds cannot be used before its
-- transaction commits ("unsafe use of new value"): the new default and the
-- new column's default use 'meh', so the value must be added first, on its own.
CREATE TYPE mood AS ENUM ('happy', 'meh', 'sad');
CREATE TABLE diary (
  id integer PRIMARY KEY,
  m mood DEFAULT 'meh',
  n mood NOT NULL DEFAULT 'meh'
);
