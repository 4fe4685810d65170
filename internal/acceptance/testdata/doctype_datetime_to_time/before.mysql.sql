CREATE TABLE visit (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  arrived datetime
);
