CREATE TABLE parent (
  id INTEGER PRIMARY KEY
);
CREATE TABLE child (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER,
  FOREIGN KEY (parent_id) REFERENCES parent (id)
);
