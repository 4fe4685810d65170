CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  email VARCHAR(50) -- previously: mail
);
CREATE UNIQUE INDEX person_email ON person (email);
