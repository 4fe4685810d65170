-- An inline UNIQUE is SQLite's own constraint index (sqlite_autoindex_t_1):
-- the rebuild for the type change must keep it in the CREATE TABLE.
CREATE TABLE t (id INTEGER PRIMARY KEY, k UNIQUE);
