-- Leaving WITHOUT ROWID makes a lone INTEGER PRIMARY KEY the rowid, which
-- holds only integers: the rebuild fails on a key like 'abc' or 2.5.
CREATE TABLE w (id INTEGER PRIMARY KEY, v TEXT) WITHOUT ROWID;
CREATE TABLE s (id INTEGER PRIMARY KEY, v TEXT) WITHOUT ROWID;
