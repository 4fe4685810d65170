-- The rebuild that drops NOCASE checks every row again under the table's
-- checks: 'A' passed kind IN ('a','b') under NOCASE and fails it under BINARY.
CREATE TABLE job (id INTEGER PRIMARY KEY, kind VARCHAR(10) COLLATE NOCASE CHECK (kind IN ('a','b')), st VARCHAR(5) COLLATE NOCASE, CHECK (st <> 'x'));
