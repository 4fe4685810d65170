CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer_name VARCHAR(20) NOT NULL, -- previously: cust_name
  total DECIMAL(10,2) NOT NULL
);
