CREATE TABLE person (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email varchar(100),
  handle varchar(30) NOT NULL
);
