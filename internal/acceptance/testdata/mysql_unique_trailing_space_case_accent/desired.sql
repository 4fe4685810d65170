CREATE TABLE code (
  id INTEGER PRIMARY KEY,
  tag VARCHAR(5),
  UNIQUE KEY tag_u (tag)
);
