CREATE TABLE author (
  id INTEGER PRIMARY KEY,
  code TEXT,
  region TEXT,
  UNIQUE (code, region)
);
CREATE TABLE book (
  id INTEGER PRIMARY KEY,
  author_id INTEGER REFERENCES author (id),
  editor_id INTEGER REFERENCES author (id) DEFERRABLE INITIALLY IMMEDIATE,
  code TEXT,
  region TEXT,
  FOREIGN KEY (code, region) REFERENCES author (code, region)
);
