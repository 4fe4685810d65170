-- product is renamed item in the same plan that links line to it: the
-- orphans are counted against the rows product holds now (3 and 9).
CREATE TABLE item ( -- previously: product
  id integer PRIMARY KEY,
  sku varchar(20) NOT NULL
);
CREATE TABLE line (
  id integer PRIMARY KEY,
  product_id integer REFERENCES item (id)
);
