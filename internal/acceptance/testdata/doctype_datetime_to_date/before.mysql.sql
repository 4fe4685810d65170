CREATE TABLE event (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at datetime
);
