CREATE TABLE doc (
  id INTEGER PRIMARY KEY,
  title VARCHAR(50)
);
CREATE UNIQUE INDEX doc_title ON doc (title(4));
