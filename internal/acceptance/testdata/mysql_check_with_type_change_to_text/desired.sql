CREATE TABLE stock (
  id INTEGER PRIMARY KEY,
  code VARCHAR(10),
  CONSTRAINT stock_code CHECK (code > '3')
);
