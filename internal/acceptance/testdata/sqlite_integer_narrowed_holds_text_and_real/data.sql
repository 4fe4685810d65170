-- An INTEGER column keeps what INTEGER affinity cannot convert: 'abc'
-- stays text and 1.5 stays real. Neither fits a SMALLINT in its portable
-- meaning; 7, '12' (stored as 12) and 2.0 (stored as 2) do.
INSERT INTO t (id, n, m) VALUES (1, 'abc', 1), (2, 1.5, 2), (3, 7, 3), (4, '12', 4), (5, 2.0, 5), (6, NULL, 6), (7, x'01', 7), (8, 40000, 8);
