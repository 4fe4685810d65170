CREATE TABLE category (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER,
  name VARCHAR(50) NOT NULL
);
