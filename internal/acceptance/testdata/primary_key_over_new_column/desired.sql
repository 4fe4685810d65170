CREATE TABLE price (
  sku VARCHAR(10) NOT NULL,
  amount INTEGER,
  region VARCHAR(10) NOT NULL,
  PRIMARY KEY (sku, region)
);
