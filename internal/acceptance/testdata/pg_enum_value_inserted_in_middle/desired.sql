CREATE TYPE mood AS ENUM ('happy', 'content', 'sad', 'meh');
CREATE TABLE diary (
  id INTEGER PRIMARY KEY,
  m mood
);
