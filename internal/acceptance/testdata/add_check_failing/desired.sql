CREATE TABLE stock (
  id INTEGER PRIMARY KEY,
  qty INTEGER,
  CONSTRAINT stock_qty_check CHECK (qty >= 0)
);
