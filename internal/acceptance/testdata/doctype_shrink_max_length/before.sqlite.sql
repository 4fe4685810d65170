CREATE TABLE item (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(100),
  code varchar(40) NOT NULL
);
