-- PostgreSQL has no cast from one enum type to another: the values go
-- through text. The default 'happy'::feeling is no default of a mood
-- column, so it goes in with the type change, never alone.
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TYPE feeling AS ENUM ('happy', 'sad', 'meh');
CREATE TABLE diary (
  id integer PRIMARY KEY,
  m feeling NOT NULL DEFAULT 'happy'
);
