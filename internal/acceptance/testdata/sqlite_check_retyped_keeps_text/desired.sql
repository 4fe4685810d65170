CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  flag INTEGER CHECK (flag < 5),
  age INTEGER CHECK (age > 0)
);
