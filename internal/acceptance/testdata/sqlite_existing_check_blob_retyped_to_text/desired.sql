CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  v TEXT CHECK (v <> 'hi'),
  n TEXT CHECK (n > 3)
);
