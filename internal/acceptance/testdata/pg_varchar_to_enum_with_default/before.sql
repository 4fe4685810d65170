CREATE TABLE orders (
  id integer PRIMARY KEY,
  status varchar(20) NOT NULL DEFAULT 'new',
  qty integer DEFAULT 0
);
