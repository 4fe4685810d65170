-- Under the case-insensitive ci, 'A' equals 'a'. tag's existing check is
-- validated again by the collation change and fails on 'A'; label's new
-- check is added after its collation change and fails on 'A' as well.
-- word goes back to the default collation, under which its check holds.
CREATE COLLATION IF NOT EXISTS ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE tag (
  id integer PRIMARY KEY,
  name text COLLATE ci CONSTRAINT tag_not_a CHECK (name <> 'a')
);
CREATE TABLE label (
  id integer PRIMARY KEY,
  name text COLLATE ci CONSTRAINT label_not_a CHECK (name <> 'a')
);
CREATE TABLE word (
  id integer PRIMARY KEY,
  name text CONSTRAINT word_not_a CHECK (name <> 'a')
);
