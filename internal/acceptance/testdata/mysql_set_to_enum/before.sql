CREATE TABLE perm (
  id INTEGER PRIMARY KEY,
  p SET('r', 'w')
);
