CREATE TABLE note (
  id INTEGER PRIMARY KEY,
  title VARCHAR(20) NOT NULL,
  body VARCHAR(100)
);
CREATE INDEX note_title_idx ON note (title);
