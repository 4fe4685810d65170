CREATE TABLE customer (
  id INTEGER PRIMARY KEY,
  tax_id VARCHAR(12),
  region VARCHAR(4)
);
CREATE UNIQUE INDEX customer_tax_id ON customer (tax_id);
CREATE UNIQUE INDEX customer_tax_region ON customer (tax_id, region);
