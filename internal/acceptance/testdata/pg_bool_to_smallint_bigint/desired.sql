-- PostgreSQL casts boolean only to integer (int4): there is no cast to
-- smallint or bigint, so the change must go through integer.
CREATE TABLE flag (
  id integer PRIMARY KEY,
  active smallint,
  hidden bigint
);
