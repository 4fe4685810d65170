CREATE TABLE counter (
  id INTEGER PRIMARY KEY,
  hits BIGINT
);
CREATE VIEW busy AS SELECT id, hits FROM counter WHERE hits > 10;
