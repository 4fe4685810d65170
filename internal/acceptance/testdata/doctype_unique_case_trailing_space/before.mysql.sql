CREATE TABLE customer (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email varchar(40)
);
