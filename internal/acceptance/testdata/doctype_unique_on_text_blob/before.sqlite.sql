CREATE TABLE article (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  title varchar(50)
);
