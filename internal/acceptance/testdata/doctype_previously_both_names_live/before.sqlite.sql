CREATE TABLE person (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  mail varchar(50),
  email varchar(50)
);
CREATE TABLE client (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(20)
);
CREATE TABLE customer (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(20)
);
