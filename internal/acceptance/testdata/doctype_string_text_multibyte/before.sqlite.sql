CREATE TABLE post (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  title text,
  body varchar(10),
  slug varchar(8)
);
