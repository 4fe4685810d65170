CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  a TEXT, b TEXT, c TEXT, d TEXT, e TEXT,
  CHECK (a <> 'hi' AND b <> 'hi' AND c <> 'hi' AND d <> 'hi' AND e <> 'hi')
);
