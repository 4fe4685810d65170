-- STRICT accepts only INT, INTEGER, REAL, TEXT, BLOB and ANY: when the type
-- change it was checked against is kept back, the table cannot become
-- STRICT with the old VARCHAR(10) either. b's type change is applied, so
-- b becomes STRICT with it.
CREATE TABLE a (id INTEGER PRIMARY KEY, n VARCHAR(10));
CREATE TABLE b (id INTEGER PRIMARY KEY, n VARCHAR(10));
