CREATE TABLE owner (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(10)
);
CREATE TABLE pet (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  owner_id bigint REFERENCES owner (id),
  a decimal(5,2),
  b decimal(5,2),
  c decimal(5,2),
  d int,
  e varchar(10)
);
CREATE UNIQUE INDEX pet_owner_id_key ON pet (owner_id);
