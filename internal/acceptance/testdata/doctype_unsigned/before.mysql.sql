CREATE TABLE stock (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  qty int NOT NULL,
  reserved int,
  sold bigint
);
