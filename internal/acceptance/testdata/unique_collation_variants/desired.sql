CREATE TABLE subscriber (
  id INTEGER PRIMARY KEY,
  email VARCHAR(100),
  handle VARCHAR(20),
  UNIQUE (email),
  UNIQUE (handle)
);
