CREATE TABLE seat (
  id integer PRIMARY KEY,
  pos integer,
  CONSTRAINT seat_pos_key UNIQUE (pos) DEFERRABLE INITIALLY DEFERRED
);
