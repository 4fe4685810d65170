CREATE TABLE shirt (
  id INTEGER PRIMARY KEY,
  size ENUM('small', 'large'),
  drink ENUM('café', 'thé') CHARACTER SET latin1
);
