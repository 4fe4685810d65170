-- The new key compares code as INTEGER affinity stores it ('01' and '1'
-- are both 1) and under NOCASE ('A' and 'a'): two duplicates, of which
-- grouping under NOCASE alone sees one.
INSERT INTO part (id, code) VALUES (1, '01'), (2, '1'), (3, 'A'), (4, 'a'), (5, '2'), (6, NULL), (7, NULL);
