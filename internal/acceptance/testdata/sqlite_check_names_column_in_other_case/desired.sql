CREATE TABLE stock (
  id INTEGER PRIMARY KEY,
  qty TEXT,
  CONSTRAINT stock_big CHECK (QTY >= 5)
);
