CREATE TABLE account (
  id INTEGER PRIMARY KEY,
  name VARCHAR(20),
  legacy VARCHAR(20)
);
