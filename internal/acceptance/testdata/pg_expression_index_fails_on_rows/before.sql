CREATE TABLE event (
  id integer PRIMARY KEY,
  a integer,
  b integer,
  code text
);
