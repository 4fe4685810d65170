CREATE TABLE rec (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  born varchar(20),
  seen varchar(30),
  payload text,
  ref varchar(36)
);
