-- tag.name goes back to the database's default collation and gains a
-- unique index over an expression of it. The expression takes the
-- column's collation: under ci, 'a' || '' and 'A' || '' are one value;
-- under the default they are two, and the index builds. The count must be
-- made under the collation the column gets, in the expression too.
CREATE COLLATION IF NOT EXISTS ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE tag (
  id integer PRIMARY KEY,
  name text
);
CREATE UNIQUE INDEX tag_name_expr ON tag ((name || ''));
-- word.name moves the other way, to ci: 'a' || '' and 'A' || '' become
-- one value, and the index fails.
CREATE TABLE word (
  id integer PRIMARY KEY,
  name text COLLATE ci
);
CREATE UNIQUE INDEX word_name_expr ON word ((name || ''));
-- note keeps its unique index over an expression of the column and moves
-- to ci: PostgreSQL rebuilds the index under it, and 'a' || '' and
-- 'A' || '' collide.
CREATE TABLE note (
  id integer PRIMARY KEY,
  name text COLLATE ci
);
CREATE UNIQUE INDEX note_name_expr ON note ((name || ''));
