CREATE TABLE customer (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email varchar(120) NOT NULL
);
CREATE UNIQUE INDEX customer_email_key ON customer (email);
