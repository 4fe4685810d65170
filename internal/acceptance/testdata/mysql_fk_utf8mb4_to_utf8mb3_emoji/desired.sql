-- Both sides of the key move to utf8mb3, which has no 4-byte characters
-- (emoji). The key is dropped and added back around the change; in strict
-- mode the MODIFY of each table fails on every row holding an emoji.
-- 'fun😁' is in post only because utf8mb4_general_ci weighs every
-- 4-byte character the same, so it matched 'fun😀'; it fails as well.
CREATE TABLE tag (
  name VARCHAR(20) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci PRIMARY KEY
);
CREATE TABLE post (
  id INTEGER PRIMARY KEY,
  tag VARCHAR(20) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci,
  CONSTRAINT post_tag FOREIGN KEY (tag) REFERENCES tag (name)
);
