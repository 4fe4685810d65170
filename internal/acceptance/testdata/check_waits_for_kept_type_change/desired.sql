CREATE TABLE code (
  id INTEGER PRIMARY KEY,
  c1 VARCHAR(3),
  CONSTRAINT code_c1_check CHECK (c1 <> '')
);
