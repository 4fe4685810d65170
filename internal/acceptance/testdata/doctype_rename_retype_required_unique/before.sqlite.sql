CREATE TABLE item (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  qty_text varchar(10),
  label varchar(20)
);
