CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  name VARCHAR(50) -- previously: fullname
);
CREATE INDEX person_fullname_idx ON person (name);
