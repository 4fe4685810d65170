-- The DocType declares no collation, so the columns go back to BINARY,
-- under which 'New' is not in ('new','old'): the new checks must be probed
-- under the collation the rebuilt table compares with.
CREATE TABLE job (id INTEGER PRIMARY KEY AUTOINCREMENT, status VARCHAR(10) COLLATE NOCASE, kind VARCHAR(10) COLLATE NOCASE CHECK (kind IN ('a','b')));
