CREATE TABLE pref (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  v varchar(10)
);
