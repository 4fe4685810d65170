CREATE TABLE price (
  sku VARCHAR(10) NOT NULL,
  region VARCHAR(10),
  PRIMARY KEY (sku)
);
