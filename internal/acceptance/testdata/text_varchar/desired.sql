CREATE TABLE article (
  id INTEGER PRIMARY KEY,
  slug VARCHAR(32),
  summary TEXT,
  body VARCHAR(300)
);
