CREATE TABLE brand (
  id INTEGER PRIMARY KEY,
  name VARCHAR(40)
);
CREATE TABLE item (
  id INTEGER PRIMARY KEY,
  brand_id INTEGER REFERENCES brand (id),
  name VARCHAR(40)
);
CREATE INDEX item_brand_idx ON item (brand_id);
