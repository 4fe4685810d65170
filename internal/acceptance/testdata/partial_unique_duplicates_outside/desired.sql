CREATE TABLE member (
  id INTEGER PRIMARY KEY,
  email VARCHAR(50),
  active INTEGER NOT NULL
);
CREATE UNIQUE INDEX member_active_email ON member (email) WHERE active = 1;
