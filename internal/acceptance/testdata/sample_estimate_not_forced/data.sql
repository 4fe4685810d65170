-- One value of each column does not fit; a sample of one page in a
-- hundred million misses it, so the estimate is 0 and sync --force must
-- still keep both changes back: only an exact count lets it apply them.
INSERT INTO price (code, amount) SELECT 'c' || g, 1.5 FROM generate_series(1, 200) g;
UPDATE price SET code = 'code-longer-than-10', amount = 1.005 WHERE id = 120;
