CREATE TABLE client ( -- previously: customer
  id INTEGER PRIMARY KEY,
  name VARCHAR(50)
);
CREATE TABLE purchase (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER REFERENCES client (id)
);
