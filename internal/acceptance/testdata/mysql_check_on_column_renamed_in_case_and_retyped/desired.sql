CREATE TABLE item (
  id INTEGER PRIMARY KEY,
  qty VARCHAR(10),
  CONSTRAINT item_qty_min CHECK (qty >= '5')
);
