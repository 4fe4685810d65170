CREATE TABLE country (
  code VARCHAR(3) PRIMARY KEY
);
CREATE TABLE city (
  id INTEGER PRIMARY KEY,
  country VARCHAR(3),
  CONSTRAINT city_country FOREIGN KEY (country) REFERENCES country (code)
);
