CREATE TABLE label (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind varchar(20),
  path varchar(20),
  mood varchar(20)
);
