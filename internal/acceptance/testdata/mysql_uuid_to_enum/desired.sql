CREATE TABLE t0 (
  id INTEGER PRIMARY KEY,
  c2 ENUM('open', 'c')
);
