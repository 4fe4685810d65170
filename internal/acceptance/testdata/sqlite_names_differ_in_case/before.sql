-- SQLite compares table and column names without regard to case, quoted
-- or not: the DocTypes' "Email" and "orders" are the live email and Orders,
-- renamed, not new objects beside them (which SQLite refuses).
CREATE TABLE customer (id INTEGER PRIMARY KEY AUTOINCREMENT, email VARCHAR(20), Phone VARCHAR(20));
CREATE INDEX customer_email_idx ON customer (email);
CREATE TABLE Orders (id INTEGER PRIMARY KEY AUTOINCREMENT, total INTEGER);
CREATE TABLE line (id INTEGER PRIMARY KEY AUTOINCREMENT, "order" BIGINT REFERENCES Orders (id));
CREATE INDEX line_order_idx ON line ("order");
