CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh', 'ecstatic');
CREATE TABLE diary (
  id INTEGER PRIMARY KEY,
  m mood
);
