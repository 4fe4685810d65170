CREATE TABLE item (
  id INTEGER PRIMARY KEY,
  code VARCHAR(10),
  CONSTRAINT item_code_positive CHECK (CAST(code AS SIGNED) >= 0)
);
