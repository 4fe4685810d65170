CREATE TABLE doc (
  id INTEGER PRIMARY KEY,
  t TEXT,
  b BLOB,
  UNIQUE KEY doc_t (t),
  UNIQUE KEY doc_b (b)
);
