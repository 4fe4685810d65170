CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  code VARCHAR(10),
  name VARCHAR(20)
);
CREATE INDEX person_code ON person (code);
