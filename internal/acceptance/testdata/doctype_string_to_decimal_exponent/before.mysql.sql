CREATE TABLE invoice (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  total varchar(30)
);
