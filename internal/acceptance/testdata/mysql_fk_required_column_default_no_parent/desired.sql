-- A NOT NULL link column with a default (7) that p does not hold: every
-- existing row gets 7, and the key then refuses all three rows.
CREATE TABLE p (id INT PRIMARY KEY);
CREATE TABLE c (id INT PRIMARY KEY, p_id INT NOT NULL DEFAULT 7, CONSTRAINT c_p FOREIGN KEY (p_id) REFERENCES p (id));
