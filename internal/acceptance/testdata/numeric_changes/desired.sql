CREATE TABLE metrics (
  id INTEGER PRIMARY KEY,
  hits BIGINT,
  big_total INTEGER,
  amount DECIMAL(6,2),
  ratio DECIMAL(6,2)
);
