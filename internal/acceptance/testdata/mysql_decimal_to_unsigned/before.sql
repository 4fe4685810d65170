CREATE TABLE price (
  id INTEGER PRIMARY KEY,
  amount DECIMAL(6,2),
  ratio DOUBLE
);
