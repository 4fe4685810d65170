CREATE TABLE customer (
  id INTEGER PRIMARY KEY,
  tax_id VARCHAR(12),
  region VARCHAR(4)
);
