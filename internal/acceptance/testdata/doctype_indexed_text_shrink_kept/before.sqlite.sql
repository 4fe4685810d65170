CREATE TABLE note (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  title varchar(50),
  body text
);
CREATE INDEX note_title_idx ON note (title);
