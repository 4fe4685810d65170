-- A rebuild keeps defaults as declared: expressions in parentheses,
-- negative numbers, CURRENT_TIMESTAMP, strings with parentheses, and
-- expressions that start and end with one: ((3)) is stored as (3), and
-- written back bare it would be read as 3; (1) + (2) is no default bare.
CREATE TABLE t (id INTEGER PRIMARY KEY, n VARCHAR(10), a INT DEFAULT (1 + 2), b INT DEFAULT -1, c TEXT DEFAULT CURRENT_TIMESTAMP, d TEXT DEFAULT '(x)', e REAL DEFAULT (abs(-2.5)), f TEXT DEFAULT (lower('AB')), g INT DEFAULT ((3)), h INT DEFAULT ((1) + (2)));
