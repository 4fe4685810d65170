-- Under a case-insensitive collation the first four characters of
-- 'abcd-one' and 'ABCD-two' collide, though the whole values do not.
CREATE TABLE post (
  id INTEGER PRIMARY KEY,
  slug VARCHAR(40) COLLATE utf8mb4_general_ci
);
CREATE UNIQUE INDEX post_slug ON post (slug(4));
-- A new prefix key over a column the plan recollates compares the
-- prefixes under the new collation: 'abc1' and 'ABC2' collide.
CREATE TABLE tag (
  id INTEGER PRIMARY KEY,
  name VARCHAR(40) COLLATE utf8mb4_general_ci
);
CREATE UNIQUE INDEX tag_name ON tag (name(3));
