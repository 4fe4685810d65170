CREATE TABLE invoice (
  id INTEGER PRIMARY KEY,
  num INT
);
