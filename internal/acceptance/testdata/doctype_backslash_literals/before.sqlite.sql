CREATE TABLE label (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind varchar(20),
  path varchar(20),
  mood varchar(20)
);
