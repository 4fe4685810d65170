CREATE TABLE department (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(40) NOT NULL,
  head bigint
);
CREATE TABLE employee (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(40) NOT NULL,
  department bigint
);
