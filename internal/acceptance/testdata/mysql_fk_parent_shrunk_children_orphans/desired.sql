-- The referenced column shrinks. The plan lifts c_p and d_p around the
-- MODIFY: it fails on the parent value longer than 10, and the keys,
-- added back, on the children written with foreign_key_checks=0 that
-- point nowhere (one in c, two in d). The finding counts all four rows.
CREATE TABLE p (code VARCHAR(10) PRIMARY KEY);
CREATE TABLE c (id INT PRIMARY KEY, code VARCHAR(10), CONSTRAINT c_p FOREIGN KEY (code) REFERENCES p (code));
CREATE TABLE d (id INT PRIMARY KEY, code VARCHAR(10), CONSTRAINT d_p FOREIGN KEY (code) REFERENCES p (code));
