-- Under utf8mb4_bin 'FR' and 'CH' no longer match a parent: the foreign
-- key, rebuilt for the change, would refuse them.
CREATE TABLE country (
  code VARCHAR(3) COLLATE utf8mb4_bin PRIMARY KEY
);
CREATE TABLE city (
  id INTEGER PRIMARY KEY,
  country VARCHAR(3) COLLATE utf8mb4_bin,
  CONSTRAINT city_country FOREIGN KEY (country) REFERENCES country (code)
);
