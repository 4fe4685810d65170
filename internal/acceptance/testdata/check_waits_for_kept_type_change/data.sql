-- 123456 does not fit VARCHAR(3), so the type change is kept back. The
-- new CHECK was counted against the new type (no value is ''), but on
-- the BIGINT it would be another check: PostgreSQL refuses '' as a
-- bigint, MariaDB compares c1 <> 0. It waits for the type change.
INSERT INTO code (id, c1) VALUES (1, 5), (2, 123456), (3, NULL);
