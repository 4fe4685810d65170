CREATE TABLE counter (
  id INTEGER PRIMARY KEY,
  hits INTEGER
);
CREATE VIEW busy AS SELECT id, hits FROM counter WHERE hits > 10;
