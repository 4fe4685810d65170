CREATE TABLE line (
  id INTEGER PRIMARY KEY,
  quantity INTEGER, -- previously: qty
  CONSTRAINT line_qty_check CHECK (quantity >= 0)
);
