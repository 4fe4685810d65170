CREATE TYPE mood AS ENUM ('sad', 'happy', 'meh');
CREATE TABLE diary (
  id INTEGER PRIMARY KEY,
  m mood
);
