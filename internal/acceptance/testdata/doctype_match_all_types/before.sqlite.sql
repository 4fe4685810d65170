CREATE TABLE customer (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email VARCHAR(120) NOT NULL,
  name VARCHAR(80),
  tier VARCHAR(4) DEFAULT 'free' CONSTRAINT customer_tier_check CHECK (tier IN ('free','pro')),
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  birthday DATE,
  wakes_at TIME,
  score DOUBLE,
  ratio REAL,
  balance DECIMAL(12,2) DEFAULT 0,
  visits INTEGER DEFAULT 0,
  rank SMALLINT,
  points BIGINT DEFAULT -1,
  notes TEXT,
  meta JSON,
  token UUID,
  avatar BLOB,
  nickname VARCHAR(20) DEFAULT 'it''s me'
);
CREATE UNIQUE INDEX customer_email_key ON customer (email);
CREATE INDEX customer_name_idx ON customer (name);
CREATE TABLE sales_order (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  customer BIGINT NOT NULL CONSTRAINT sales_order_customer_fkey REFERENCES customer (id) ON DELETE RESTRICT,
  referrer BIGINT CONSTRAINT sales_order_referrer_fkey REFERENCES customer (id) ON DELETE SET NULL,
  parent BIGINT CONSTRAINT sales_order_parent_fkey REFERENCES sales_order (id) ON DELETE CASCADE,
  total DECIMAL(12,2) DEFAULT 0,
  status VARCHAR(9) NOT NULL DEFAULT 'draft' CONSTRAINT sales_order_status_check CHECK (status IN ('draft','submitted','cancelled'))
);
CREATE INDEX sales_order_customer_idx ON sales_order (customer);
CREATE INDEX sales_order_referrer_idx ON sales_order (referrer);
CREATE INDEX sales_order_parent_idx ON sales_order (parent);
CREATE INDEX sales_order_customer_total_idx ON sales_order (customer, total);
CREATE UNIQUE INDEX so_status_total ON sales_order (status, total);
