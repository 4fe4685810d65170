CREATE TABLE invoice (
  id integer PRIMARY KEY,
  total money
);
