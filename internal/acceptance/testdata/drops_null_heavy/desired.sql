CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  full_name VARCHAR(100),
  bio TEXT
);
