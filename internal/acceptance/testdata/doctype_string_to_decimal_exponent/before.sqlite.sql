CREATE TABLE invoice (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  total varchar(30)
);
