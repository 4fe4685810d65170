CREATE TABLE member (
  id INTEGER PRIMARY KEY,
  email TEXT,
  deleted_at TIMESTAMP
);
CREATE UNIQUE INDEX member_email_live ON member (lower(email)) WHERE deleted_at IS NULL;
