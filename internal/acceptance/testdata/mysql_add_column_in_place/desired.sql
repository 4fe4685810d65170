-- MySQL places an added column where the table declares it (FIRST, AFTER):
-- the synced table equals this one created directly, column order included.
CREATE TABLE person (
  code VARCHAR(8),
  id INTEGER PRIMARY KEY,
  first_name VARCHAR(40),
  last_name VARCHAR(40) NOT NULL,
  city VARCHAR(40),
  note TEXT
);
