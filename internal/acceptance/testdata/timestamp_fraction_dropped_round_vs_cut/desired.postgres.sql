CREATE TABLE tick (
  id integer PRIMARY KEY,
  at timestamp(0),
  t time(0)
);
