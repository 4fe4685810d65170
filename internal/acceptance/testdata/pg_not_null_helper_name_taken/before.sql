-- The table already has checks named like schemaguard's temporary NOT
-- NULL check: a user's own (kept), and one a failed run left (dropped,
-- added NOT VALID in data.sql as the failed run left it).
CREATE TABLE d (
  id integer PRIMARY KEY,
  email text CONSTRAINT d_email_not_null CHECK (length(email) > 0),
  phone text
);
