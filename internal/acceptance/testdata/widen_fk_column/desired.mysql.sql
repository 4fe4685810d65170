CREATE TABLE parent (
  id BIGINT PRIMARY KEY
);
CREATE TABLE child (
  id INTEGER PRIMARY KEY,
  parent_id BIGINT,
  FOREIGN KEY (parent_id) REFERENCES parent (id)
);
