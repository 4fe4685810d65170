CREATE TABLE item (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  code varchar(20),
  qty varchar(10) NOT NULL
);
