CREATE TABLE product (
  id integer PRIMARY KEY,
  sku varchar(20) NOT NULL
);
CREATE TABLE line (
  id integer PRIMARY KEY,
  product_id integer
);
