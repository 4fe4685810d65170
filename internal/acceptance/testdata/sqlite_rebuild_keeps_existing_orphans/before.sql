-- SQLite enforces foreign keys only when a connection turns them on, so
-- live databases hold orphans. A rebuild for a SAFE change keeps them as
-- they are and must not fail on them.
CREATE TABLE parent_old (id INTEGER PRIMARY KEY, name VARCHAR(10));
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent_old (id), name VARCHAR(10));
