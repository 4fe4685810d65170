-- 'yes' stays text under INTEGER affinity (a CAST would make it 0), and
-- text compares greater than any number: it fails flag < 5. 'x13' stays
-- text too and passes age > 0; '7' becomes 7. 'yes' is also no INTEGER:
-- the retype of flag counts it, as for any numeric column (BOOLEAN has
-- NUMERIC affinity), and is DANGEROUS.
INSERT INTO t VALUES (1, 1, '7'), (2, 'yes', 'x13'), (3, 3, NULL);
