CREATE TABLE note (
  id INTEGER PRIMARY KEY,
  body VARCHAR(20),
  code CHAR(3),
  mood ENUM('ok', 'bad'),
  n INTEGER
) DEFAULT CHARSET=latin1;
