CREATE TABLE flag (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(20) NOT NULL,
  enabled int
);
