CREATE TABLE login (
  id INTEGER PRIMARY KEY,
  email VARCHAR(50)
);
CREATE UNIQUE INDEX login_email_lower ON login (lower(email));
