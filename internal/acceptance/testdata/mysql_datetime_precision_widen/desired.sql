CREATE TABLE event (
  id INTEGER PRIMARY KEY,
  at DATETIME(6),
  starts TIME(3)
);
