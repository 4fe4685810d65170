-- STRING reads like TEXT but has NUMERIC affinity in SQLite (no CHAR,
-- CLOB or TEXT in the name): the rebuild would turn the zip code '007'
-- into the integer 7. TEXT to STRING is no widening: it stays WARNING,
-- cannot be checked, and sync --force keeps it back.
CREATE TABLE address (id INTEGER PRIMARY KEY, zip TEXT, blob_col BLOB);
