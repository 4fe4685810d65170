CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  name VARCHAR(10) -- previously: nm
);
