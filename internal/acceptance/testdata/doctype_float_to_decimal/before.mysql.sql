CREATE TABLE measure (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  v float
);
