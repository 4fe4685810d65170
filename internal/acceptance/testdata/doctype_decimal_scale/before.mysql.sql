CREATE TABLE product (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  price decimal(10,2) NOT NULL,
  weight decimal(6,3),
  tax decimal(5,2)
);
