CREATE TABLE price (
  sku VARCHAR(10) NOT NULL,
  amount INTEGER,
  PRIMARY KEY (sku)
);
