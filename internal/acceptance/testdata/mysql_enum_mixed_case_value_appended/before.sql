CREATE TABLE shirt (
  id INTEGER PRIMARY KEY,
  size ENUM('Small', 'Large')
);
