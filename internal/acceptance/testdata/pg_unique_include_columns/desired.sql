CREATE TABLE price (
  id INTEGER PRIMARY KEY,
  sku VARCHAR(10),
  amount INTEGER
);
CREATE UNIQUE INDEX price_sku ON price (sku) INCLUDE (amount);
