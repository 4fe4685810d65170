CREATE TABLE shirt (
  id INTEGER PRIMARY KEY,
  size ENUM('s', 'm', 'l')
);
