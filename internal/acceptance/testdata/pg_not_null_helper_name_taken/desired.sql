CREATE TABLE d (
  id integer PRIMARY KEY,
  email text NOT NULL CONSTRAINT d_email_not_null CHECK (length(email) > 0),
  phone text NOT NULL
);
