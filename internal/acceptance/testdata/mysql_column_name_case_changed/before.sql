CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  FullName VARCHAR(20),
  Age INTEGER
);
CREATE INDEX person_name ON person (FullName);
