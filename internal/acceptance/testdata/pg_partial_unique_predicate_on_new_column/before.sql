CREATE TABLE member (
  id INTEGER PRIMARY KEY,
  email TEXT
);
