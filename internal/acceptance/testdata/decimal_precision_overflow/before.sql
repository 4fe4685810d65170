CREATE TABLE invoice (
  id INTEGER PRIMARY KEY,
  amount DECIMAL(8,2)
);
