CREATE TABLE lot (
  id INTEGER PRIMARY KEY,
  qty INTEGER,
  kind TEXT COLLATE NOCASE,
  CONSTRAINT lot_big CHECK (qty >= 5 OR kind = 'bulk')
);
