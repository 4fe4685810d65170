-- The key keeps its name and its parent but moves from p_id to q_id,
-- while p_id widens. The plan drops the old key and adds the new one: the
-- widening re-adds no key over p_id, so p_id's orphans (rows 2 and 3)
-- fail nothing; the new key's (q_id 7 and 6: rows 3 and 4) fail its ADD.
CREATE TABLE p (id INT PRIMARY KEY);
CREATE TABLE c (id INT PRIMARY KEY, p_id BIGINT, q_id INT, CONSTRAINT c_p FOREIGN KEY (q_id) REFERENCES p (id));
-- c2_p keeps its column but references p2.code instead of p2.id: its old
-- orphan (row 3) is not the new key's (rows 1 and 2).
CREATE TABLE p2 (id VARCHAR(10) PRIMARY KEY, code VARCHAR(10) UNIQUE);
CREATE TABLE c2 (id INT PRIMARY KEY, p_code VARCHAR(20), CONSTRAINT c2_p FOREIGN KEY (p_code) REFERENCES p2 (code));
