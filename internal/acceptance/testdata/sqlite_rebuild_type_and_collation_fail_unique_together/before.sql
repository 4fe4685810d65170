CREATE TABLE slot (
  id INTEGER PRIMARY KEY,
  shelf TEXT,
  label TEXT,
  UNIQUE (shelf, label)
);
