CREATE TABLE item (
  id integer PRIMARY KEY,
  name varchar(20),
  big bigint,
  price numeric
);
