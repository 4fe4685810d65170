CREATE TABLE perm (
  id INTEGER PRIMARY KEY,
  p ENUM('r', 'w')
);
