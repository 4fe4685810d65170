CREATE TABLE reading (
  id INTEGER PRIMARY KEY,
  counter BIGINT
);
