-- The rebuild into TEXT columns keeps blobs as blobs and makes numbers
-- text. A blob equals no text: x'6869' fails v = 'hi' (one row), though
-- its CAST to TEXT is 'hi'. A blob sorts after every text and number:
-- x'3130' passes n > 3, while the integer 10, stored as '10', compares as
-- text with '3' under the column's TEXT affinity and fails (one row).
INSERT INTO t (id, v, n) VALUES (1, x'6869', x'3130'), (2, 'hi', 10), (3, 'hi', '5'), (4, NULL, NULL);
