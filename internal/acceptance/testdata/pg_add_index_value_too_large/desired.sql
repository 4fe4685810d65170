CREATE TABLE note (
  id integer PRIMARY KEY,
  body text,
  title varchar(4000),
  blob bytea,
  a text,
  b text,
  doc jsonb,
  body_ok text
);
CREATE INDEX note_body ON note (body);
CREATE UNIQUE INDEX note_title ON note (title);
CREATE INDEX note_blob ON note (blob);
CREATE INDEX note_a_b ON note (a, b);
CREATE INDEX note_doc ON note (doc);
CREATE INDEX note_body_ok ON note (body_ok);
