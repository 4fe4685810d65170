CREATE TABLE metrics (
  id INTEGER PRIMARY KEY,
  hits INTEGER,
  big_total BIGINT,
  amount DECIMAL(10,2),
  ratio DECIMAL(6,4)
);
