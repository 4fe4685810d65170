-- A blob is never equal to text: x'6869' is no reference to 'hi', though
-- CAST(x'6869' AS TEXT) is 'hi'. The integer 1 is, through the parent
-- column's TEXT affinity.
INSERT INTO tag (k) VALUES ('hi'), ('1');
INSERT INTO post (id, tag_k) VALUES (1, x'6869'), (2, 1), (3, 'hi'), (4, NULL);
