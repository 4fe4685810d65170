CREATE TABLE item (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(50) NOT NULL,
  legacy_code varchar(10),
  old_notes text,
  unused INTEGER
);
