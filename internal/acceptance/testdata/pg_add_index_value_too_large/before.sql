CREATE TABLE note (
  id integer PRIMARY KEY,
  body text,
  title varchar(4000),
  blob bytea,
  a text,
  b text,
  doc jsonb,
  body_ok text
);
