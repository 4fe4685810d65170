CREATE TABLE code (
  id INTEGER PRIMARY KEY,
  c VARCHAR(20) COLLATE utf8mb4_nopad_bin
);
CREATE UNIQUE INDEX code_c ON code (c);
