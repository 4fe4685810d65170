CREATE TABLE country (
  code varchar(2) NOT NULL PRIMARY KEY,
  name varchar(60) NOT NULL
);
CREATE TABLE city (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(60) NOT NULL,
  country varchar(2)
);
