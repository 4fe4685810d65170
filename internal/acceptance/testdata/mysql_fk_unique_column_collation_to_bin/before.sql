CREATE TABLE country (
  code VARCHAR(3) PRIMARY KEY
);
CREATE TABLE office (
  id INTEGER PRIMARY KEY,
  country VARCHAR(3) UNIQUE,
  CONSTRAINT office_country FOREIGN KEY (country) REFERENCES country (code)
);
