CREATE TABLE shirt (
  id INTEGER PRIMARY KEY,
  size ENUM('l', 'm', 's')
);
