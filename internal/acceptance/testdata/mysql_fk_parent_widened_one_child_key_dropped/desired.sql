-- The plan drops c1_p and keeps c2_p. Widening p.code lifts only c2_p
-- (MariaDB error 1833) and adds it back, which fails on c2's row 2; c1's
-- two orphans fail nothing, as c1_p is dropped, not added back. Measured
-- on MariaDB 10.11: with c1_p dropped, ALTER TABLE c2 DROP FOREIGN KEY
-- c2_p, MODIFY p.code VARCHAR(20) and ADD CONSTRAINT c2_p fails with 1452
-- on c2 only; with c2's orphan deleted it succeeds. The count is 1, not 3.
CREATE TABLE p (code VARCHAR(20) PRIMARY KEY);
CREATE TABLE c1 (id INT PRIMARY KEY, code VARCHAR(10));
CREATE TABLE c2 (id INT PRIMARY KEY, code VARCHAR(10), CONSTRAINT c2_p FOREIGN KEY (code) REFERENCES p (code));
