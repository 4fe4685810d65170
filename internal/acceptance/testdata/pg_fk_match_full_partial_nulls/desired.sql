CREATE TABLE region (
  country VARCHAR(2) NOT NULL,
  code VARCHAR(5) NOT NULL,
  PRIMARY KEY (country, code)
);
CREATE TABLE shop (
  id INTEGER PRIMARY KEY,
  country VARCHAR(2),
  region_code VARCHAR(5),
  FOREIGN KEY (country, region_code) REFERENCES region (country, code) MATCH FULL
);
