-- MySQL column names are case-insensitive: fullname is FullName renamed,
-- not a new column beside it (which MySQL refuses), and AGE is Age with a
-- wider type.
CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  fullname VARCHAR(20),
  AGE BIGINT
);
CREATE INDEX person_name ON person (fullname);
