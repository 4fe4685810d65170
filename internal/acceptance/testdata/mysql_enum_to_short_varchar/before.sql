CREATE TABLE shirt (
  id INTEGER PRIMARY KEY,
  size ENUM('small', 'medium', 'large')
);
