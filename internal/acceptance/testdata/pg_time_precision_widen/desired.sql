CREATE TABLE event (
  id INTEGER PRIMARY KEY,
  at TIMESTAMP(6),
  starts TIME(3)
);
