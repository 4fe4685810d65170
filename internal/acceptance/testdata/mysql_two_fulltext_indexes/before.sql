CREATE TABLE article (
  id INTEGER PRIMARY KEY,
  title VARCHAR(100),
  body TEXT
);
