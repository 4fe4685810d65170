CREATE TABLE review (
  id INTEGER PRIMARY KEY,
  author VARCHAR(5),
  body VARCHAR(20)
);
