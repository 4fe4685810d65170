CREATE TABLE parent (
  id INTEGER PRIMARY KEY
);
CREATE TABLE child (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES parent (id) -- previously: parent_ref
);
CREATE INDEX child_parent ON child (parent_id);
