CREATE TABLE country (
  code TEXT PRIMARY KEY,
  name TEXT
);
CREATE TABLE city (
  id INTEGER PRIMARY KEY,
  country TEXT REFERENCES country (code)
);
