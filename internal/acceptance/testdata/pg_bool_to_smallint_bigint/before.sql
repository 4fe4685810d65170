CREATE TABLE flag (
  id integer PRIMARY KEY,
  active boolean,
  hidden boolean
);
