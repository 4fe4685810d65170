CREATE TABLE country (
  code TEXT COLLATE NOCASE PRIMARY KEY,
  name TEXT
);
CREATE TABLE city (
  id INTEGER PRIMARY KEY,
  country TEXT REFERENCES country (code)
);
