CREATE TABLE coupon (
  id INTEGER PRIMARY KEY,
  code VARCHAR(50),
  pct INTEGER,
  note TEXT
);
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  msg TEXT
);
