CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  fullname VARCHAR(50)
);
