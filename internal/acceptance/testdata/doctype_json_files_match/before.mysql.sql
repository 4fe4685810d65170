CREATE TABLE customer (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email varchar(120) NOT NULL,
  tier varchar(4) DEFAULT 'free',
  created_at datetime NOT NULL DEFAULT current_timestamp(),
  CONSTRAINT customer_tier_check CHECK (tier IN ('free', 'pro')),
  UNIQUE KEY customer_email_key (email)
);
CREATE TABLE sales_order (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  customer bigint NOT NULL,
  total decimal(12,2) DEFAULT 0.00,
  paid tinyint(1) NOT NULL DEFAULT 1,
  KEY sales_order_customer_idx (customer),
  KEY sales_order_customer_total_idx (customer, total),
  CONSTRAINT sales_order_customer_fkey FOREIGN KEY (customer) REFERENCES customer (id) ON DELETE RESTRICT
);
