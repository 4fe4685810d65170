CREATE TABLE item (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  note varchar(20),
  code varchar(10),
  flag varchar(10),
  tag varchar(10),
  amount decimal(8,3),
  big bigint,
  title varchar(10)
);
