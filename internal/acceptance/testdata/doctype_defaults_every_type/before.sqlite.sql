CREATE TABLE setting (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  flag BOOLEAN DEFAULT FALSE,
  price numeric(8,2) DEFAULT 1.50,
  starts date DEFAULT '2024-01-01',
  seen DATETIME,
  ratio DOUBLE DEFAULT 0.5,
  note varchar(20) DEFAULT 'none',
  at_time time,
  cnt bigint DEFAULT 0
);
