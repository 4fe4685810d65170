CREATE TABLE invoice (
  id INTEGER PRIMARY KEY,
  amount DECIMAL(5,2)
);
