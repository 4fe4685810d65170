CREATE TABLE item (
  id INTEGER PRIMARY KEY,
  total INTEGER,
  qty INTEGER,
  CONSTRAINT item_ratio CHECK (total / qty >= 1)
);
