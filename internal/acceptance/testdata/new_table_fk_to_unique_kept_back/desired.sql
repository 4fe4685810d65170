-- The new unique key on parent.code is DANGEROUS (one duplicate) and kept
-- back; child's foreign key needs it, so child cannot be created without
-- it, and neither can grandchild, which references child. The plain new
-- table note is created.
CREATE TABLE parent (
  id INTEGER PRIMARY KEY,
  code VARCHAR(10) UNIQUE
);
CREATE TABLE child (
  id INTEGER PRIMARY KEY,
  code VARCHAR(10) REFERENCES parent (code)
);
CREATE TABLE grandchild (
  id INTEGER PRIMARY KEY,
  child_id INTEGER REFERENCES child (id)
);
CREATE TABLE note (
  id INTEGER PRIMARY KEY
);
