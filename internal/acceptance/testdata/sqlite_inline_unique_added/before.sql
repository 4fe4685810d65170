-- A UNIQUE added to a column's declaration is SQLite's constraint index
-- (sqlite_autoindex_t_1), which only a rebuild makes: CREATE UNIQUE INDEX
-- would add a named index the table created directly does not have.
CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT);
CREATE TABLE u (code TEXT PRIMARY KEY, k TEXT);
