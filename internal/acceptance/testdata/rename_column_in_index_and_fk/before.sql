CREATE TABLE parent (
  id INTEGER PRIMARY KEY
);
CREATE TABLE child (
  id INTEGER PRIMARY KEY,
  parent_ref INTEGER REFERENCES parent (id)
);
CREATE INDEX child_parent ON child (parent_ref);
