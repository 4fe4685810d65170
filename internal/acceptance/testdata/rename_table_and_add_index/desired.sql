CREATE TABLE client ( -- previously: customer
  id INTEGER PRIMARY KEY,
  email VARCHAR(50)
);
CREATE INDEX client_email ON client (email);
