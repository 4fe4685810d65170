-- The key goes from ON DELETE SET NULL to CASCADE and its column becomes
-- NOT NULL. MySQL drops the key and adds it back, and row 3 (written with
-- foreign_key_checks=0) points nowhere: that change is DANGEROUS. The NOT
-- NULL must wait for it: with SET NULL still there MySQL refuses it
-- (error 1830).
CREATE TABLE p (id INT PRIMARY KEY);
CREATE TABLE c (id INT PRIMARY KEY, p_id INT NOT NULL, CONSTRAINT c_p FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE CASCADE);
