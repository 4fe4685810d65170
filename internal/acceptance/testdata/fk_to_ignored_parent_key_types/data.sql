-- The desired file declares plan with a VARCHAR code, but plan is
-- ignored: the live plan, whose code is an INT, is the one the new key
-- references. Every child value has its parent as a number, yet
-- PostgreSQL refuses the key whatever the rows (measured: 42804 "Key
-- columns "plan_code" and "code" are of incompatible types: character
-- varying and integer"), and MariaDB too (errno 150 "Foreign key
-- constraint is incorrectly formed": an integer key takes only integers
-- of its size and sign): DANGEROUS, not a WARNING with 0 orphans that
-- sync --force then fails on; no count is shown as the reason. SQLite
-- compares any types: the parent's INTEGER affinity makes '07' the 7 it
-- holds, so only 'x' points nowhere.
INSERT INTO plan (id, code) VALUES (1, 7), (2, 8);
INSERT INTO member (id, plan_code) VALUES (1, '7'), (2, '07'), (3, 'x'), (4, NULL);
