CREATE TABLE note (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  body text
);
