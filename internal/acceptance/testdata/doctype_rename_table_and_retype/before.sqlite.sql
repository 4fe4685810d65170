CREATE TABLE client (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  mail varchar(120) NOT NULL,
  qty_txt varchar(10),
  score integer
);
