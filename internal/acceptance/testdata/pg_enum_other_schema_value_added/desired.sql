CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('happy', 'sad', 'meh');
CREATE TYPE public.mood AS ENUM ('happy', 'sad');
CREATE TABLE diary (
  id INTEGER PRIMARY KEY,
  m app.mood,
  other public.mood
);
