CREATE TABLE post (
  id INTEGER PRIMARY KEY,
  slug VARCHAR(40) COLLATE utf8mb4_bin
);
CREATE UNIQUE INDEX post_slug ON post (slug(4));
CREATE TABLE tag (
  id INTEGER PRIMARY KEY,
  name VARCHAR(40) COLLATE utf8mb4_bin
);
