CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  a INTEGER, b INTEGER, c INTEGER, d INTEGER, e INTEGER,
  CHECK (a <> 'hi' AND b <> 'hi' AND c <> 'hi' AND d <> 'hi' AND e <> 'hi')
);
