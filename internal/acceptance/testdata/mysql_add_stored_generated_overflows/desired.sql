-- MySQL stores each row's value as the column is added, and refuses the
-- ones its type cannot hold: score over 127 (rows 2 and 4), tag over 3
-- characters (row 4). len holds every value.
CREATE TABLE item (
  id INTEGER PRIMARY KEY,
  name VARCHAR(20),
  score TINYINT AS (CHAR_LENGTH(name) * 50) STORED,
  tag VARCHAR(3) AS (UPPER(name)) STORED,
  len INTEGER AS (CHAR_LENGTH(name)) STORED
);
