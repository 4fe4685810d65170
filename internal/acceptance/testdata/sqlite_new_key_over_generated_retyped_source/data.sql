-- bucket: 4 and 5 halve to 2.0 and 2.5 now, to 2.0 twice as INTEGERs.
INSERT INTO bucket (id, size) VALUES (1, 4), (2, 5);
INSERT INTO bucket_ok (id, size) VALUES (1, 4), (2, 6);
-- progress: 1 / 4 is 0.25 now and 0 as INTEGERs, which fails share > 0.
INSERT INTO progress (id, done, total) VALUES (1, 1, 4), (2, 4, 4);
INSERT INTO progress_ok (id, done, total) VALUES (1, 2, 2), (2, 4, 4);
-- part: half 2.5 is the text '2.5' under box's TEXT affinity and finds
-- its parent; as an INTEGER 5 / 2 is 2, '2', which box does not hold.
-- 6 halves to 3 both ways (the INT half stores 3.0 as 3).
INSERT INTO box (code) VALUES ('2.5'), ('3');
INSERT INTO part (id, size) VALUES (1, 6), (2, 5);
INSERT INTO part_ok (id, size) VALUES (1, 6);
-- charge: the INTEGER 1 is '1' under tag's TEXT affinity; as a REAL it
-- is 1.0, '1.0', which tag does not hold. A key over a column the plan
-- retypes, generated or not, is matched on the rebuilt value.
INSERT INTO tag (code) VALUES ('1'), ('2.5');
INSERT INTO charge (id, rate) VALUES (1, 1), (2, 2.5), (3, NULL);
INSERT INTO charge_ok (id, rate) VALUES (1, 2.5);
-- chain: q is 4.0 and 5.0 now; 2.0 + 2 = 4.0 twice as INTEGERs.
INSERT INTO chain (id, size) VALUES (1, 4), (2, 5);
