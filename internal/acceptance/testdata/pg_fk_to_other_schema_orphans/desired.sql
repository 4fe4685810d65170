CREATE SCHEMA billing;
CREATE TABLE billing.customer (
  id INTEGER PRIMARY KEY
);
CREATE TABLE customer (
  id INTEGER PRIMARY KEY
);
CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER REFERENCES billing.customer (id)
);
