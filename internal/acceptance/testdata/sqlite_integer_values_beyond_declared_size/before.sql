CREATE TABLE meter (
  id INTEGER PRIMARY KEY,
  reading INTEGER,
  small SMALLINT,
  total INTEGER,
  code INTEGER
);
