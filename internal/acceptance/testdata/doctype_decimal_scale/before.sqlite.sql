CREATE TABLE product (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  price decimal(10,2) NOT NULL,
  weight decimal(6,3),
  tax decimal(5,2)
);
