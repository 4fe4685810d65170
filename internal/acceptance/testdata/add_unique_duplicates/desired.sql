CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  name VARCHAR(50) NOT NULL,
  email VARCHAR(100)
);
CREATE UNIQUE INDEX person_email_key ON person (email);
