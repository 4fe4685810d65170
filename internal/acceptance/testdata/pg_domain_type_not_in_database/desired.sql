-- sync creates enum types but not domains: every change that needs the
-- new domain would fail, so none of them may be SAFE or applied.
CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
CREATE TABLE customer (
  id integer PRIMARY KEY,
  contact email
);
CREATE TABLE supplier (
  id integer PRIMARY KEY,
  contact email
);
