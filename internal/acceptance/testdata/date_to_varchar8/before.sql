CREATE TABLE birthday (
  id INTEGER PRIMARY KEY,
  day DATE
);
