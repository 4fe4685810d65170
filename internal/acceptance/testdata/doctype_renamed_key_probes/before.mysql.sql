CREATE TABLE country (
  code varchar(3) NOT NULL PRIMARY KEY,
  name varchar(60) NOT NULL
);
CREATE TABLE city (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(60) NOT NULL,
  country varchar(3)
);
CREATE TABLE plate (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  num varchar(10)
);
