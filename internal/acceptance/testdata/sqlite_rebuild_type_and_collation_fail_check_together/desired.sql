CREATE TABLE lot (
  id INTEGER PRIMARY KEY,
  qty TEXT,
  kind TEXT,
  CONSTRAINT lot_big CHECK (qty >= 5 OR kind = 'bulk')
);
