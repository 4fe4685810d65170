-- Back to the database's default collation, and a unique index over the
-- column. Under ci, 'a' and 'A' are one value; under the default (and
-- "C") they are two: the new index finds no duplicates. The count must
-- be made under the collation the column gets, not the one it has.
CREATE COLLATION IF NOT EXISTS ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE tag (
  id integer PRIMARY KEY,
  name text
);
CREATE UNIQUE INDEX tag_name ON tag (name);
CREATE TABLE label (
  id integer PRIMARY KEY,
  name text COLLATE ci
);
CREATE UNIQUE INDEX label_name ON label (name);
-- word keeps its unique key and goes back to the default: the key is
-- rebuilt under it and holds ('a', 'B' differ under both).
CREATE TABLE word (
  id integer PRIMARY KEY,
  name text UNIQUE
);
