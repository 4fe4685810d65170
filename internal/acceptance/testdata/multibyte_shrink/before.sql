CREATE TABLE review (
  id INTEGER PRIMARY KEY,
  author VARCHAR(30),
  body TEXT
);
