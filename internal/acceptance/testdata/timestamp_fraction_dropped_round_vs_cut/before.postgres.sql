CREATE TABLE tick (
  id integer PRIMARY KEY,
  at timestamp(6),
  t time(3)
);
