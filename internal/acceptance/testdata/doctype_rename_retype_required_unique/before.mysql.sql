CREATE TABLE item (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  qty_text varchar(10),
  label varchar(20)
);
