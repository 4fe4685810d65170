-- A failed sync (or a hand-run ADD ... NOT VALID) left both constraints
-- unvalidated: they check new rows only.
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (
  id integer PRIMARY KEY,
  parent_id integer,
  qty integer
);
