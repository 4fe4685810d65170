CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh');
CREATE TABLE diary (
  id INTEGER PRIMARY KEY,
  m mood DEFAULT 'meh',
  n mood
);
