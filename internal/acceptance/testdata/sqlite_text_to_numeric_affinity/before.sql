-- DECIMAL, NUMERIC, BOOLEAN and JSON name no INT, CHAR, CLOB, TEXT, BLOB,
-- REAL, FLOA or DOUB: SQLite gives them NUMERIC affinity, which stores a
-- text that reads as a number as that number, an INTEGER when the number
-- is one. Readers then get back other text than was stored: '007' reads
-- '7', '1e3' '1000', and a number of more than 15 significant digits is
-- a double ('12345678901234567.89' becomes 12345678901234568).
CREATE TABLE price (id INTEGER PRIMARY KEY, amount TEXT);
CREATE TABLE price_ok (id INTEGER PRIMARY KEY, amount TEXT);
CREATE TABLE doc (id INTEGER PRIMARY KEY, body TEXT);
CREATE TABLE doc_ok (id INTEGER PRIMARY KEY, body TEXT);
CREATE TABLE flag (id INTEGER PRIMARY KEY, v TEXT);
