CREATE TABLE event (
  id INTEGER PRIMARY KEY,
  score DECIMAL(5,2),
  happened DATE,
  flag INTEGER
);
