CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  first TEXT,
  last TEXT,
  full_name TEXT GENERATED ALWAYS AS (last || ', ' || first) STORED
);
CREATE INDEX person_full_name ON person (full_name);
