CREATE TABLE member (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email varchar(100),
  handle varchar(20)
);
