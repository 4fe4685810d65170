CREATE TABLE country (
  code varchar(3) NOT NULL PRIMARY KEY,
  name varchar(60) NOT NULL
);
CREATE TABLE city (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(60) NOT NULL,
  country varchar(3)
);
CREATE TABLE plate (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  num varchar(10)
);
