CREATE COLLATION IF NOT EXISTS ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE tag (
  id integer PRIMARY KEY,
  name text COLLATE ci
);
CREATE TABLE word (
  id integer PRIMARY KEY,
  name text COLLATE "C"
);
CREATE TABLE note (
  id integer PRIMARY KEY,
  name text
);
CREATE UNIQUE INDEX note_name_expr ON note ((name || ''));
