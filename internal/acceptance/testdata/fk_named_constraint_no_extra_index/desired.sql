-- A named foreign key and nothing else: every engine plans just the key
-- (MariaDB makes an index for it by itself, which is not a change of its own).
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (
  id integer PRIMARY KEY,
  parent_id integer,
  CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id)
);
