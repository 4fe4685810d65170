CREATE TABLE item (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code varchar(20)
);
