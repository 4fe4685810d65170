CREATE TABLE department (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(40) NOT NULL,
  head bigint
);
CREATE TABLE employee (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(40) NOT NULL,
  department bigint
);
