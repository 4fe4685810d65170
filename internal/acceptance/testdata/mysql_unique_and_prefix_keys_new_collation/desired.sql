-- The prefix key is built again under the new collation as well as the
-- whole-value one, and compares only the first four characters.
CREATE TABLE post (
  id INTEGER PRIMARY KEY,
  slug VARCHAR(40) COLLATE utf8mb4_general_ci
);
CREATE UNIQUE INDEX post_slug ON post (slug);
CREATE UNIQUE INDEX post_slug_head ON post (slug(4));
