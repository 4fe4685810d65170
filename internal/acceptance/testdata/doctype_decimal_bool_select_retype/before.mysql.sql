CREATE TABLE owner (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(10)
);
CREATE TABLE pet (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  owner_id bigint REFERENCES owner (id),
  a decimal(5,2),
  b decimal(5,2),
  c decimal(5,2),
  d int,
  e varchar(10)
);
CREATE UNIQUE INDEX pet_owner_id_key ON pet (owner_id);
