CREATE TABLE author (
  id INTEGER NOT NULL PRIMARY KEY,
  name VARCHAR(50)
);
CREATE TABLE book (
  id INTEGER NOT NULL PRIMARY KEY,
  author_id INTEGER,
  title VARCHAR(100),
  CONSTRAINT book_author_fk FOREIGN KEY (author_id) REFERENCES author (id)
);
CREATE INDEX book_author_idx ON book (author_id);
