-- SQLite numbers the indexes of PRIMARY KEY and UNIQUE constraints in the
-- order they are declared (sqlite_autoindex_<table>_<n>); a rebuild must
-- declare them in the same order, whatever the declaration's form.
CREATE TABLE a (code TEXT PRIMARY KEY, k VARCHAR(10) UNIQUE, x INT, y INT, UNIQUE (x, y));
CREATE TABLE b (k VARCHAR(10) UNIQUE, code TEXT PRIMARY KEY, e TEXT UNIQUE COLLATE NOCASE);
CREATE TABLE c (id INTEGER PRIMARY KEY, e TEXT, n VARCHAR(10), UNIQUE (e COLLATE NOCASE, n DESC));
