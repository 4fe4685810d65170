CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  first VARCHAR(20),
  last VARCHAR(20),
  full VARCHAR(41) AS (CONCAT(first, ' ', last)) VIRTUAL
);
