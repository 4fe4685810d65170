CREATE TABLE region (
  country varchar(2) NOT NULL,
  code varchar(5) NOT NULL,
  PRIMARY KEY (country, code)
);
CREATE TABLE shop (
  id integer PRIMARY KEY,
  country varchar(2),
  region_code varchar(5),
  serial text
);
