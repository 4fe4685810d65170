CREATE TABLE m (
  id integer PRIMARY KEY,
  v numeric(10,2),
  r numeric(10,2)
);
