CREATE TABLE customer (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email varchar(120) NOT NULL
);
CREATE UNIQUE INDEX customer_email_key ON customer (email);
