CREATE TABLE reading (
  id INTEGER PRIMARY KEY,
  amount DECIMAL(10,3),
  ratio DOUBLE
);
CREATE UNIQUE INDEX reading_amount ON reading (amount);
CREATE UNIQUE INDEX reading_ratio ON reading (ratio);
