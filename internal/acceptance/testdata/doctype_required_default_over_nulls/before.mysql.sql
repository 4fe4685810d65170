CREATE TABLE task (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  status varchar(10)
);
