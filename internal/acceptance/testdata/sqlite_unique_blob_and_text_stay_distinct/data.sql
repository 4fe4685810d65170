-- TEXT affinity leaves a blob a blob: x'6869' and 'hi' stay two values
-- in the copy, though CAST(x'6869' AS TEXT) is 'hi'. In u, 1 and '1' do
-- become one value, '1', which the new unique index refuses.
INSERT INTO t (id, k) VALUES (1, x'6869'), (2, 'hi'), (3, x'4849');
INSERT INTO u (id, k) VALUES (1, x'6869'), (2, 'hi'), (3, 1), (4, '1');
