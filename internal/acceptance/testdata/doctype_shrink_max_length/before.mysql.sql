CREATE TABLE item (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(100),
  code varchar(40) NOT NULL
);
