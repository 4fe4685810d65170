CREATE TABLE post (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title text,
  body varchar(10),
  slug varchar(8)
);
