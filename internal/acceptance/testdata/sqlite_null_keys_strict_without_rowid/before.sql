-- A rowid table lets NULL into its primary key; STRICT and WITHOUT ROWID
-- tables do not, so rebuilding a table into one of them fails on a NULL key.
CREATE TABLE b (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE c (k INT PRIMARY KEY, v TEXT);
CREATE TABLE d (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE s (a INTEGER NOT NULL, b TEXT, PRIMARY KEY (a)) STRICT;
CREATE TABLE w (a INTEGER NOT NULL, b TEXT, PRIMARY KEY (a)) WITHOUT ROWID;
