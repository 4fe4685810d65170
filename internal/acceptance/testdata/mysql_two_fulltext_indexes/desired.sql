CREATE TABLE article (
  id INTEGER PRIMARY KEY,
  title VARCHAR(100),
  body TEXT
);
CREATE FULLTEXT INDEX article_title_ft ON article (title);
CREATE FULLTEXT INDEX article_body_ft ON article (body);
