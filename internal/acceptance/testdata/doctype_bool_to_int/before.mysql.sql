CREATE TABLE flag (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  v tinyint(1)
);
