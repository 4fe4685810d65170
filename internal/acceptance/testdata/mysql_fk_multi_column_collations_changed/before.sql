CREATE TABLE region (
  country VARCHAR(3),
  code VARCHAR(5),
  PRIMARY KEY (country, code)
);
CREATE TABLE shop (
  id INTEGER PRIMARY KEY,
  country VARCHAR(3),
  region VARCHAR(5),
  CONSTRAINT shop_region FOREIGN KEY (country, region) REFERENCES region (country, code)
);
