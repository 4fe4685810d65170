CREATE TABLE event (
  id INTEGER PRIMARY KEY,
  at TIMESTAMP(3),
  starts TIME(0)
);
