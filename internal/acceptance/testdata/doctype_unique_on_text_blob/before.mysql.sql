CREATE TABLE article (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title varchar(50)
);
