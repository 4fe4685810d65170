CREATE TABLE perm (
  id INTEGER PRIMARY KEY,
  p SET('read', 'write', 'x')
);
