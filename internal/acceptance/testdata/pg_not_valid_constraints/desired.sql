-- The desired constraints are valid ones: validating them is the change,
-- counted like adding them (1 orphan; no row fails the check).
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (
  id integer PRIMARY KEY,
  parent_id integer,
  qty integer,
  CONSTRAINT child_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES parent (id),
  CONSTRAINT child_qty_check CHECK (qty >= 0)
);
