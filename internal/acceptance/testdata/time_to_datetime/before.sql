CREATE TABLE shift (
  id INTEGER PRIMARY KEY,
  starts TIME
);
