-- The key moves to code, which has duplicates: the change is kept back,
-- and with it SQLite's change of id from rowid to plain column.
CREATE TABLE t1 (id integer NOT NULL, code varchar(10) NOT NULL, PRIMARY KEY (code));
