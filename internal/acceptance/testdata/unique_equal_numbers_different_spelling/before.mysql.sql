CREATE TABLE reading (
  id INTEGER PRIMARY KEY,
  amount DECIMAL(10,3),
  ratio DOUBLE
);
