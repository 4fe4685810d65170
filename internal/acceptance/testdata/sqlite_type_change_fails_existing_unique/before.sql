-- A column declared without a type keeps 1 and '1' apart under its unique keys;
-- retyped to TEXT both are '1' and the rebuild cannot recreate the keys.
-- m holds 1 and '01', which stay apart.
CREATE TABLE k (id INTEGER PRIMARY KEY, code, b);
CREATE UNIQUE INDEX k_code_key ON k (code);
CREATE UNIQUE INDEX k_b_code ON k (b, code) WHERE b > 0;
CREATE TABLE m (id INTEGER PRIMARY KEY, code);
CREATE UNIQUE INDEX m_code_key ON m (code);
