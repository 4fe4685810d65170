CREATE DOMAIN qty AS integer DEFAULT 0;
CREATE DOMAIN code AS text;
CREATE DOMAIN tag AS text DEFAULT 'none';
CREATE TABLE stock (
  id integer PRIMARY KEY,
  n qty,
  m qty DEFAULT 7,
  c code,
  t tag
);
