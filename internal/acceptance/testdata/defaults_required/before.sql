CREATE TABLE account (
  id INTEGER PRIMARY KEY,
  plan VARCHAR(10) DEFAULT 'free',
  credits INTEGER DEFAULT 0,
  country CHAR(2)
);
CREATE TABLE invite (
  id INTEGER PRIMARY KEY,
  email VARCHAR(100)
);
