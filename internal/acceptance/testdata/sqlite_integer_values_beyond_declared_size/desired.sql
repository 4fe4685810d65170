CREATE TABLE meter (
  id INTEGER PRIMARY KEY,
  reading DOUBLE,
  small INTEGER,
  total BIGINT,
  code DECIMAL(10,0)
);
