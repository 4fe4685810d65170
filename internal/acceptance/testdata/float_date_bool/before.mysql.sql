CREATE TABLE event (
  id INTEGER PRIMARY KEY,
  score DOUBLE,
  happened VARCHAR(20),
  flag INTEGER
);
