CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  name VARCHAR(20),
  code VARCHAR(5) NOT NULL DEFAULT 'x'
);
CREATE UNIQUE INDEX person_code ON person (code);
