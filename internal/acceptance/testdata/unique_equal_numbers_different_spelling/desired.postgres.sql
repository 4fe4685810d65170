CREATE TABLE reading (
  id INTEGER PRIMARY KEY,
  amount NUMERIC,
  ratio DOUBLE PRECISION
);
CREATE UNIQUE INDEX reading_amount ON reading (amount);
CREATE UNIQUE INDEX reading_ratio ON reading (ratio);
