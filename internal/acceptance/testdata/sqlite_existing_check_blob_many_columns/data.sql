-- The check reads five columns the rebuild makes TEXT, more than the 4
-- schemaguard splits on typeof(col) = 'blob': a row holding a blob in
-- any of them counts, whether it fails or not, so the count is never
-- below the rows the rebuild fails on. Here x'6869' stays a blob and
-- passes a <> 'hi' (SQLite 3.40), so the rebuild would fail on no row:
-- 1 is an over-count the finding states as such, never an under-count.
INSERT INTO t (id, a, b, c, d, e) VALUES (1, x'6869', 1, 1, 1, 1), (2, 1, 2, 3, 4, 5), (3, NULL, NULL, NULL, NULL, NULL);
