-- Both parents are ignored: the new keys reference the live ones. Every
-- child value has its parent, so no row is an orphan, yet MariaDB refuses
-- both keys whatever the rows (measured: errno 150 "Foreign key
-- constraint is incorrectly formed"): an INT UNSIGNED cannot reference an
-- INT (integers need the same size and sign), and a utf8mb4_bin string
-- cannot reference a utf8mb4_general_ci one (character strings need the
-- same character set and collation). Before, both were WARNING with 0
-- orphans and sync --force failed on the first.
INSERT INTO plan (id, code) VALUES (1, 7), (2, 8);
INSERT INTO region (code) VALUES ('eu'), ('us');
INSERT INTO member (id, plan_code, region_code) VALUES (1, 7, 'eu'), (2, 8, NULL);
