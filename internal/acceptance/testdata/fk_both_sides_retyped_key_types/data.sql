-- Both sides of two foreign keys change type, and the end state is
-- valid everywhere. PostgreSQL changes one table per statement, and its
-- ALTER ... TYPE re-creates the keys over the column, checking the new
-- type against the other column's type as it is then (measured: 42804
-- "Key columns "plan_code" and "code" are of incompatible types:
-- character varying and integer", whatever the rows):
-- - member.plan_code and plan.code, integer to varchar: neither ALTER can
--   run first (varchar and integer; integer and varchar): both DANGEROUS;
-- - charge.rate_id and rate.id, integer to numeric: the parent's ALTER
--   runs (an integer child compares with a numeric key through the
--   implicit cast), the child's does not while the parent is an integer
--   (numeric has no cast to integer): the child's change is DANGEROUS,
--   the parent's applies, and the next plan grades the child's again.
-- MariaDB drops both keys and adds them back around the changes; SQLite
-- compares any types.
INSERT INTO plan (id, code) VALUES (1, 7), (2, 8);
INSERT INTO member (id, plan_code) VALUES (1, 7), (2, NULL);
INSERT INTO rate (id) VALUES (1), (2);
INSERT INTO charge (id, rate_id) VALUES (1, 1), (2, 2);
