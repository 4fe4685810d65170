-- The DocType declares no collation, so name goes back to SQLite's BINARY
-- and the new unique index compares 'a' and 'A' as different values: the
-- probe must not count them as duplicates under the NOCASE they leave.
CREATE TABLE tag (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(20) COLLATE NOCASE, code VARCHAR(20));
CREATE UNIQUE INDEX tag_code_key ON tag (code COLLATE NOCASE);
