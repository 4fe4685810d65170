CREATE TABLE plan (
  code TEXT PRIMARY KEY
);
CREATE TABLE member (
  id INTEGER PRIMARY KEY,
  plan_code INTEGER REFERENCES plan (code)
);
