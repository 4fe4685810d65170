-- The new expressions are stored for every row: score over 127 fails
-- (rows 2 and 4); the new tag fits every row.
CREATE TABLE item (
  id INTEGER PRIMARY KEY,
  name VARCHAR(20),
  score TINYINT AS (CHAR_LENGTH(name) * 50) STORED,
  tag VARCHAR(3) AS (UPPER(LEFT(name, 3))) STORED
);
