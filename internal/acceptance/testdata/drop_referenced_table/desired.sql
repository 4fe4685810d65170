CREATE TABLE child (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER
);
