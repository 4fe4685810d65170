CREATE TABLE attachment (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  body text
);
