INSERT INTO p VALUES (1), (2);
-- Triggers off, as pg_restore --disable-triggers or a logical replica
-- writes rows: the key's checks do not run.
SET session_replication_role = replica;
INSERT INTO c VALUES (1, 1), (2, 2), (3, 9), (4, NULL);
SET session_replication_role = DEFAULT;
