CREATE TABLE member (
  id INTEGER PRIMARY KEY,
  email TEXT,
  deleted_at TIMESTAMP
);
