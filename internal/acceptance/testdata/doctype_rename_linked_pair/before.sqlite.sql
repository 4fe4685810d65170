CREATE TABLE client (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(20)
);
CREATE TABLE invoice (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  client_id bigint REFERENCES client (id),
  total int
);
