CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  fullname VARCHAR(50)
);
CREATE INDEX person_fullname_idx ON person (fullname);
