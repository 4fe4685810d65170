-- The plan retypes the parent's code from BIGINT to VARCHAR(10) and adds
-- a foreign key to it. 123456789012 is too long for VARCHAR(10), so the
-- type change is DANGEROUS and sync --force keeps it back; the key was
-- counted against the parent as the plan leaves it (text, where '7'
-- finds 7 as '7': no orphan). Run without the type change, PostgreSQL
-- refuses it whatever the rows: a varchar child cannot reference a
-- bigint parent (42804, "Key columns ... are of incompatible types:
-- character varying and bigint"). sync --force keeps the key back with
-- the parent's type change; the next plan reports both again.
INSERT INTO plan (id, code) VALUES (1, 7), (2, 123456789012);
INSERT INTO member (id, plan_code) VALUES (1, '7'), (2, NULL);
