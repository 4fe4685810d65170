-- MySQL cannot change a key's ON DELETE in place: the plan drops the key
-- and adds it back, which checks every row. Row 3 was written with
-- foreign_key_checks=0 (as a restored dump or a bulk load may) and points
-- at no parent: the ADD fails after the DROP has run.
CREATE TABLE p (id INT PRIMARY KEY);
CREATE TABLE c (id INT PRIMARY KEY, p_id INT, CONSTRAINT c_p FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE CASCADE);
