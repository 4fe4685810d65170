CREATE COLLATION IF NOT EXISTS ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE tag (
  id integer PRIMARY KEY,
  name text COLLATE "C" CONSTRAINT tag_not_a CHECK (name <> 'a')
);
CREATE TABLE label (
  id integer PRIMARY KEY,
  name text COLLATE "C"
);
CREATE TABLE word (
  id integer PRIMARY KEY,
  name text COLLATE ci CONSTRAINT word_not_a CHECK (name <> 'a')
);
