CREATE TABLE post (
  id INTEGER PRIMARY KEY,
  slug VARCHAR(40) COLLATE utf8mb4_bin
);
CREATE UNIQUE INDEX post_slug ON post (slug);
CREATE UNIQUE INDEX post_slug_head ON post (slug(4));
