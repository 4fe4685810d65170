CREATE TABLE invoice (
  id integer PRIMARY KEY,
  total numeric(10,3)
);
