CREATE TABLE rec (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  born varchar(20),
  seen varchar(30),
  payload text,
  ref varchar(36)
);
