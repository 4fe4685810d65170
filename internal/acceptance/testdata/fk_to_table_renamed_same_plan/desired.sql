-- parent is renamed customer and child gains a key to it: every child row
-- has its parent, under the new name.
CREATE TABLE customer ( -- previously: parent
  id integer PRIMARY KEY,
  name varchar(20)
);
CREATE TABLE child (
  id integer PRIMARY KEY,
  parent_id integer,
  CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES customer (id)
);
