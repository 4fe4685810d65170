CREATE TABLE stock (
  id INTEGER PRIMARY KEY,
  qty INTEGER,
  CONSTRAINT stock_qty CHECK (qty >= 0)
);
