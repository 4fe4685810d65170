CREATE TABLE t0 (
  id INTEGER PRIMARY KEY,
  r3 JSON -- previously: c2
);
