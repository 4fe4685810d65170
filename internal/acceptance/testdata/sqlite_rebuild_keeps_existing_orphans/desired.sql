CREATE TABLE parent (              -- previously: parent_old
  id INTEGER PRIMARY KEY,
  name VARCHAR(20)
);
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id), name VARCHAR(20));
