CREATE TABLE ticket (
  id serial PRIMARY KEY,
  title text
);
