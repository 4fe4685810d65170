CREATE TABLE member (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email varchar(100),
  handle varchar(20)
);
