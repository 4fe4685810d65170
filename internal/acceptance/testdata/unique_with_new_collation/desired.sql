-- The column becomes NOCASE in the same plan that adds the unique key:
-- 'Bob' and 'bob' collide under it.
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT COLLATE NOCASE);
CREATE UNIQUE INDEX t_name_key ON t (name);
