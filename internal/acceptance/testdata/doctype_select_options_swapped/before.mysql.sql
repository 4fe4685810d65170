CREATE TABLE ticket (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  state varchar(10)
);
