CREATE TABLE slot (
  id INTEGER PRIMARY KEY,
  shelf INTEGER,
  label TEXT COLLATE NOCASE,
  UNIQUE (shelf, label)
);
