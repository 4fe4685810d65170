-- 4.5 does not fit INTEGER, so the type change is kept back. The new
-- CHECK holds once size is an INTEGER (5 / 2 is 2), but not while it is
-- a REAL (5.0 / 2 is 2.5): the check waits for the type change.
INSERT INTO bucket (id, size) VALUES (1, 5.0), (2, 4.5);
