CREATE TABLE country (
  code VARCHAR(3) PRIMARY KEY,
  name VARCHAR(40)
) DEFAULT CHARSET=latin1;
CREATE TABLE city (
  id INTEGER PRIMARY KEY,
  country VARCHAR(3),
  name VARCHAR(40),
  CONSTRAINT city_country FOREIGN KEY (country) REFERENCES country (code)
) DEFAULT CHARSET=latin1;
