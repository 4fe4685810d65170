CREATE TABLE author (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(30) NOT NULL
);
CREATE TABLE book (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title varchar(50) NOT NULL,
  author bigint,
  editor bigint,
  status varchar(5),
  CONSTRAINT book_author_fkey FOREIGN KEY (author) REFERENCES author (id),
  CONSTRAINT book_editor_fkey FOREIGN KEY (editor) REFERENCES author (id),
  CONSTRAINT book_status_check CHECK (status IN ('draft','done'))
);
CREATE INDEX book_author_idx ON book (author);
CREATE INDEX book_editor_idx ON book (editor);
CREATE INDEX book_title_author_idx ON book (title, author);
