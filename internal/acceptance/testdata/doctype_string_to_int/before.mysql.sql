CREATE TABLE item (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code varchar(20),
  qty varchar(10) NOT NULL
);
