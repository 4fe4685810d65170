CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh');
CREATE TABLE diary (
  id INTEGER PRIMARY KEY,
  m mood
);
CREATE TABLE legacy_log (
  id INTEGER PRIMARY KEY,
  m mood
);
