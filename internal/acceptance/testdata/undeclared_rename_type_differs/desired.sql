CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  age_text VARCHAR(10)
);
