CREATE TABLE customer (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email VARCHAR(120) NOT NULL,
  tier VARCHAR(4) DEFAULT 'free',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT customer_tier_check CHECK (tier IN ('free', 'pro'))
);
CREATE UNIQUE INDEX customer_email_key ON customer (email);
CREATE TABLE sales_order (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  customer BIGINT NOT NULL REFERENCES customer (id) ON DELETE RESTRICT,
  total DECIMAL(12,2) DEFAULT 0,
  paid BOOLEAN NOT NULL DEFAULT 1
);
CREATE INDEX sales_order_customer_idx ON sales_order (customer);
CREATE INDEX sales_order_customer_total_idx ON sales_order (customer, total);
