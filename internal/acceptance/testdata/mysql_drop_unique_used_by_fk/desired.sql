CREATE TABLE plan (
  id INTEGER PRIMARY KEY,
  code VARCHAR(10) NOT NULL
);
CREATE INDEX plan_code_idx ON plan (code);
CREATE TABLE member (
  id INTEGER PRIMARY KEY,
  plan_code VARCHAR(10),
  CONSTRAINT member_plan FOREIGN KEY (plan_code) REFERENCES plan (code)
);
