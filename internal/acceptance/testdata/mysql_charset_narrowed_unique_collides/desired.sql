-- Into latin1 under a case-insensitive collation: ĉ and ŝ do not exist
-- there (rows 7-9 fail each, though they would all read '?i' or '?u'),
-- and go/Go/GO and Zürich/zürich collide in the unique key.
CREATE TABLE tag (
  id INTEGER PRIMARY KEY,
  name VARCHAR(20) CHARACTER SET latin1 COLLATE latin1_general_ci
);
CREATE UNIQUE INDEX tag_name ON tag (name);
