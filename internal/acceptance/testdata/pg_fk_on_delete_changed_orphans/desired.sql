-- PostgreSQL cannot change a key's ON DELETE in place: the plan drops the
-- key, adds it back NOT VALID and validates it. Row 3 was written with
-- triggers off (session_replication_role = replica) and points at no
-- parent: VALIDATE CONSTRAINT fails on it.
CREATE TABLE p (id INTEGER PRIMARY KEY);
CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER, CONSTRAINT c_p FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE CASCADE);
