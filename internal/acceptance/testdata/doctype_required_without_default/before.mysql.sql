CREATE TABLE item (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(50) NOT NULL
);
CREATE TABLE tag (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  label varchar(20) NOT NULL
);
