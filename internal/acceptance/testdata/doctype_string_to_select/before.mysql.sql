CREATE TABLE ticket (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  status varchar(10),
  body text,
  owner bigint
);
