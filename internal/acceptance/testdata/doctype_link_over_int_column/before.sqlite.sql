CREATE TABLE customer (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(50) NOT NULL
);
CREATE TABLE orders (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  customer INTEGER,
  note varchar(20)
);
CREATE INDEX orders_customer_idx ON orders (customer);
