CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE diary (
  id INTEGER PRIMARY KEY,
  m mood
);
