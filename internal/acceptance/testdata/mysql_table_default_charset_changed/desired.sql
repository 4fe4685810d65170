-- The table's default moves to utf8mb4; code stays latin1, the others
-- move, and the added column gets the new default.
CREATE TABLE note (
  id INTEGER PRIMARY KEY,
  body VARCHAR(20),
  code CHAR(3) CHARACTER SET latin1,
  mood ENUM('ok', 'bad'),
  n INTEGER,
  extra VARCHAR(5)
) DEFAULT CHARSET=utf8mb4;
