CREATE TABLE person (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  mail varchar(50),
  email varchar(50)
);
CREATE TABLE client (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(20)
);
CREATE TABLE customer (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(20)
);
