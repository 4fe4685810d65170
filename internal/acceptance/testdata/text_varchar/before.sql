CREATE TABLE article (
  id INTEGER PRIMARY KEY,
  slug TEXT,
  summary VARCHAR(50),
  body VARCHAR(200)
);
