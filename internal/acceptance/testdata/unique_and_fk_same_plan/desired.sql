CREATE TABLE country (
  id INTEGER PRIMARY KEY,
  code VARCHAR(2) NOT NULL
);
CREATE UNIQUE INDEX country_code ON country (code);
CREATE TABLE city (
  id INTEGER PRIMARY KEY,
  country_code VARCHAR(2) REFERENCES country (code)
);
