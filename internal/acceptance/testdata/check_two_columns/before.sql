CREATE TABLE booking (
  id INTEGER PRIMARY KEY,
  first_day INTEGER,
  last_day INTEGER
);
