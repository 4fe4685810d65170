CREATE TABLE country (
  code varchar(3) NOT NULL PRIMARY KEY,
  iso3 varchar(3) NOT NULL,
  name varchar(60) NOT NULL
);
CREATE TABLE city (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(60) NOT NULL,
  country varchar(3),
  CONSTRAINT city_country_fkey FOREIGN KEY (country) REFERENCES country (code)
);
CREATE INDEX city_country_idx ON city (country);
