CREATE TABLE ticket (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  status varchar(10),
  body text,
  owner bigint
);
