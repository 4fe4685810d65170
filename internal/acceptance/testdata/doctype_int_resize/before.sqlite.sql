CREATE TABLE counter (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  hits INTEGER,
  small_hits bigint,
  level smallint
);
