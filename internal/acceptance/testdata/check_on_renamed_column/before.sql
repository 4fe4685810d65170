CREATE TABLE line (
  id INTEGER PRIMARY KEY,
  qty INTEGER,
  CONSTRAINT line_qty_check CHECK (qty >= 0)
);
