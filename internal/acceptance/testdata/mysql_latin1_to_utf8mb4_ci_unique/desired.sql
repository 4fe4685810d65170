CREATE TABLE word (
  id INTEGER PRIMARY KEY,
  w VARCHAR(20) COLLATE utf8mb4_general_ci
);
CREATE UNIQUE INDEX word_w ON word (w);
