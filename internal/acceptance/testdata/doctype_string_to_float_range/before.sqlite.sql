CREATE TABLE sample (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  light varchar(30),
  heavy varchar(30)
);
