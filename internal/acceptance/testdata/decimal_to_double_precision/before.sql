CREATE TABLE account (
  id INTEGER PRIMARY KEY,
  balance DECIMAL(20,4)
);
