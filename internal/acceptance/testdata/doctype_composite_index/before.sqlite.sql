CREATE TABLE person (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  first_name varchar(40) NOT NULL,
  last_name varchar(40) NOT NULL,
  team varchar(10),
  seat INTEGER
);
CREATE INDEX person_first_name_idx ON person (first_name);
