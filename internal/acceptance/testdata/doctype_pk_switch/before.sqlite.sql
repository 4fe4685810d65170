CREATE TABLE country (
  code varchar(2) NOT NULL PRIMARY KEY,
  iso3 varchar(3),
  name varchar(60) NOT NULL
);
CREATE TABLE city (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(60) NOT NULL,
  country varchar(2),
  CONSTRAINT city_country_fkey FOREIGN KEY (country) REFERENCES country (code)
);
CREATE INDEX city_country_idx ON city (country);
