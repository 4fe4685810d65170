-- PostgreSQL 15's dtof fails when the 4-byte float is 0 and the double is
-- not: -1e-300 and 1e-46 (below half the least subnormal, 2^-150) fail the
-- ALTER with "value out of range: underflow" (measured with
-- SELECT v::float4). 1e-40 becomes a subnormal, -0, NaN and Infinity
-- convert as themselves, 0.5 exactly. Only the range above FLT_MAX was
-- counted: the count was 0 and sync --force failed (fuzz seeds 962984,
-- 963822, 964382).
INSERT INTO sensor (id, v) VALUES (1, 0.5), (2, -1e-300), (3, 1e-46), (4, 1e-40), (5, '-0'), (6, 'NaN'), (7, 'Infinity'), (8, NULL);
