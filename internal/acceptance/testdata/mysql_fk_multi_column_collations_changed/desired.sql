-- Every column of the key moves to utf8mb4_bin: the key, added again after
-- the change, compares each part case-sensitively, so shops 2, 3 and 4 find
-- no region. Each column's finding must compare every part under its own
-- new collation, not only its own column.
CREATE TABLE region (
  country VARCHAR(3) COLLATE utf8mb4_bin,
  code VARCHAR(5) COLLATE utf8mb4_bin,
  PRIMARY KEY (country, code)
);
CREATE TABLE shop (
  id INTEGER PRIMARY KEY,
  country VARCHAR(3) COLLATE utf8mb4_bin,
  region VARCHAR(5) COLLATE utf8mb4_bin,
  CONSTRAINT shop_region FOREIGN KEY (country, region) REFERENCES region (country, code)
);
