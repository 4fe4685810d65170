CREATE TABLE m (
  id integer PRIMARY KEY,
  v integer
);
