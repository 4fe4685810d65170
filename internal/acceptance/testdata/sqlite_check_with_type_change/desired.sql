CREATE TABLE stock (
  id INTEGER PRIMARY KEY,
  qty TEXT,
  CONSTRAINT stock_qty CHECK (qty > 3)
);
