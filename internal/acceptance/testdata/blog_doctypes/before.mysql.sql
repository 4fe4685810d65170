CREATE TABLE writer (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(60) NOT NULL
);
CREATE TABLE blog_post (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  writer BIGINT,
  title VARCHAR(150) NOT NULL,
  body TEXT,
  CONSTRAINT blog_post_writer_fkey FOREIGN KEY (writer) REFERENCES writer (id)
);
CREATE INDEX blog_post_writer_idx ON blog_post (writer);
CREATE TABLE comment (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  post_id BIGINT,
  body TEXT NOT NULL
);
CREATE TABLE tag (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  label VARCHAR(30) NOT NULL
);
CREATE TABLE post_tag (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  post BIGINT NOT NULL,
  tag BIGINT NOT NULL
);
