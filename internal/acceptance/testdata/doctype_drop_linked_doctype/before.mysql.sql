CREATE TABLE author (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(30) NOT NULL
);
CREATE TABLE book (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title varchar(50) NOT NULL,
  author bigint,
  CONSTRAINT book_author_fkey FOREIGN KEY (author) REFERENCES author (id) ON DELETE CASCADE
);
CREATE INDEX book_author_idx ON book (author);
