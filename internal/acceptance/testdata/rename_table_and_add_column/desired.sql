CREATE TABLE client ( -- previously: customer
  id INTEGER PRIMARY KEY,
  name VARCHAR(50),
  email VARCHAR(100)
);
