CREATE TABLE line (
  id INTEGER PRIMARY KEY,
  qty INT,
  price DECIMAL(8,0),
  total DECIMAL(10,2) AS (qty * price) STORED
);
