CREATE TABLE grade (
  level TEXT UNIQUE,
  name TEXT
);
CREATE TABLE score (
  id INTEGER PRIMARY KEY,
  level REAL REFERENCES grade (level)
);
