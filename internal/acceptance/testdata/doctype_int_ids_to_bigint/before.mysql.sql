CREATE TABLE author (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(30) NOT NULL
);
CREATE TABLE book (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title varchar(50) NOT NULL,
  author int,
  KEY book_author_idx (author),
  CONSTRAINT book_author_fkey FOREIGN KEY (author) REFERENCES author (id)
);
