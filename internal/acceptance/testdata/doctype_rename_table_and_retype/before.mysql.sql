CREATE TABLE client (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  mail varchar(120) NOT NULL,
  qty_txt varchar(10),
  score integer
);
