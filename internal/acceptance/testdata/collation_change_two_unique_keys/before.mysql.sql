CREATE TABLE tag (
  id INTEGER PRIMARY KEY,
  a INTEGER,
  b INTEGER,
  name VARCHAR(20) COLLATE utf8mb4_bin,
  UNIQUE (a, name),
  UNIQUE (b, name)
);
CREATE UNIQUE INDEX tag_c_name ON tag (name, id);
-- Only the second key of this table collides: counting the first alone
-- found nothing, and sync --force failed on the change.
CREATE TABLE label (
  id INTEGER PRIMARY KEY,
  a INTEGER,
  b INTEGER,
  name VARCHAR(20) COLLATE utf8mb4_bin,
  UNIQUE (a, name),
  UNIQUE (b, name)
);
