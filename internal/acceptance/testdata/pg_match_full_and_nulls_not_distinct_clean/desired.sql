-- Clean data: both keys are added, and what sync creates must read back
-- as MATCH FULL and NULLS NOT DISTINCT (one NULL serial is no duplicate).
CREATE TABLE region (
  country varchar(2) NOT NULL,
  code varchar(5) NOT NULL,
  PRIMARY KEY (country, code)
);
CREATE TABLE shop (
  id integer PRIMARY KEY,
  country varchar(2),
  region_code varchar(5),
  serial text,
  CONSTRAINT shop_region FOREIGN KEY (country, region_code) REFERENCES region (country, code) MATCH FULL,
  CONSTRAINT shop_serial_key UNIQUE NULLS NOT DISTINCT (serial)
);
