CREATE TABLE tag (
  id INTEGER PRIMARY KEY,
  name VARCHAR(20) COLLATE "und-x-icu"
);
CREATE UNIQUE INDEX tag_name ON tag (name);
