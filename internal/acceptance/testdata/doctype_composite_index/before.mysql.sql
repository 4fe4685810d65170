CREATE TABLE person (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  first_name varchar(40) NOT NULL,
  last_name varchar(40) NOT NULL,
  team varchar(10),
  seat int
);
CREATE INDEX person_first_name_idx ON person (first_name);
