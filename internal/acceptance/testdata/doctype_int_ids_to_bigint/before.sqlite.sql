CREATE TABLE author (
  id INT NOT NULL PRIMARY KEY,
  name varchar(30) NOT NULL
);
CREATE TABLE book (
  id INT NOT NULL PRIMARY KEY,
  title varchar(50) NOT NULL,
  author INT,
  CONSTRAINT book_author_fkey FOREIGN KEY (author) REFERENCES author (id)
);
CREATE INDEX book_author_idx ON book (author);
