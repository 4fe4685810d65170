CREATE TABLE diary (
  id INTEGER PRIMARY KEY,
  m ENUM('happy', 'sad')
);
