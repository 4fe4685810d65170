-- Incompressible text (md5 digits) of 2692 bytes fits a btree entry, of
-- 2693 does not; 10000 repeated letters compress to 125 bytes and fit.
CREATE TEMP TABLE digits AS SELECT string_agg(md5(i::text || 'x'), '') AS d FROM generate_series(1, 200) i;
INSERT INTO note (id, body, title, blob, a, b, doc) SELECT 1, left(d, 2692), 'a', decode(left(d, 5384), 'hex'), left(d, 1400), left(d, 1200), jsonb_build_object('k', left(d, 2600)) FROM digits;
UPDATE note SET body_ok = body;
INSERT INTO note (id, body, title, blob, a, b, doc) SELECT 2, left(d, 2693), 'b', decode(left(d, 200), 'hex'), left(d, 1400), left(d, 1400), NULL FROM digits;
INSERT INTO note (id, body, title, blob, a, b, doc) VALUES (3, repeat('a', 10000), 'c', NULL, 'x', NULL, '{}'), (4, NULL, NULL, NULL, NULL, NULL, NULL);
DROP TABLE digits;
