CREATE TABLE plan (
  code VARCHAR(6) PRIMARY KEY
);
CREATE TABLE member (
  id INTEGER PRIMARY KEY,
  plan_code CHAR(4)
);
