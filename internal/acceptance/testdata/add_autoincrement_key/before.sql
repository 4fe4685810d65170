CREATE TABLE legacy (
  code VARCHAR(10) NOT NULL,
  name VARCHAR(20)
);
