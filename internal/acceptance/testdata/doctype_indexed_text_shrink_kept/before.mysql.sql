CREATE TABLE note (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title varchar(50),
  body text
);
CREATE INDEX note_title_idx ON note (title);
