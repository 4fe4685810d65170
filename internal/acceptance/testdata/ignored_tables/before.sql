CREATE TABLE note (
  id INTEGER PRIMARY KEY,
  body VARCHAR(20)
);
CREATE TABLE legacy_log (
  id INTEGER PRIMARY KEY,
  msg VARCHAR(20)
);
CREATE TABLE legacy_audit (
  id INTEGER PRIMARY KEY
);
CREATE TABLE schemaguard_scratch (
  id INTEGER PRIMARY KEY
);
