CREATE TABLE member (
  id INTEGER PRIMARY KEY,
  email TEXT,
  archived BOOLEAN NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX member_live_email ON member (email) WHERE NOT archived;
