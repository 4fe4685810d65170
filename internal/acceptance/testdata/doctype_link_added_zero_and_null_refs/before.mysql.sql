CREATE TABLE customer (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY
);
CREATE TABLE orders (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  customer bigint
);
