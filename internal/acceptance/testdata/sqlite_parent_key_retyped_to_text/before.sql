CREATE TABLE grade (
  level INTEGER UNIQUE,
  name TEXT
);
CREATE TABLE score (
  id INTEGER PRIMARY KEY,
  level REAL REFERENCES grade (level)
);
