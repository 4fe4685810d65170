-- Only the referenced column grows. MariaDB still refuses to change it
-- while the key exists (error 1833), so the plan drops the key and adds
-- it back, which checks every row of c: row 2, written with
-- foreign_key_checks=0, points nowhere and makes the ADD fail after the
-- DROP has run. A SAFE widening is DANGEROUS here.
CREATE TABLE p (code VARCHAR(20) PRIMARY KEY);
CREATE TABLE c (id INT PRIMARY KEY, code VARCHAR(10), CONSTRAINT c_p FOREIGN KEY (code) REFERENCES p (code));
