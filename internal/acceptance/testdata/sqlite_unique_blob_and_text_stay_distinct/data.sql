-- TEXT affinity leaves a blob a blob: x'6869' and 'hi' stay two values
-- in the copy, though CAST(x'6869' AS TEXT) is 'hi'.
INSERT INTO t (id, k) VALUES (1, x'6869'), (2, 'hi');
