CREATE TABLE event (
  id INTEGER PRIMARY KEY,
  at DATETIME(3),
  starts TIME
);
