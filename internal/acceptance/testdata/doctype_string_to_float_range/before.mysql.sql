CREATE TABLE sample (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  light varchar(30),
  heavy varchar(30)
);
