CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  fullname VARCHAR(100),
  legacy_flags INTEGER,
  bio TEXT
);
CREATE TABLE sessions_old (
  id INTEGER PRIMARY KEY,
  token VARCHAR(64)
);
