CREATE TABLE customer (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(50) NOT NULL
);
CREATE TABLE orders (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  customer int,
  note varchar(20)
);
CREATE INDEX orders_customer_idx ON orders (customer);
