CREATE TABLE price (
  sku VARCHAR(10) NOT NULL,
  region VARCHAR(10) NOT NULL,
  PRIMARY KEY (sku, region)
);
