-- The rebuild into a TEXT column keeps a blob a blob (INSERT ... SELECT
-- applies TEXT affinity, which converts only numbers): x'6869' and
-- x'3132' stay blobs and find no parent, though CAST(x'6869' AS TEXT) is
-- 'hi'. The integer 12 becomes '12', which the parent holds.
INSERT INTO tag (k) VALUES ('hi'), ('12');
INSERT INTO post (id, tag_k) VALUES (1, x'6869'), (2, x'3132'), (3, 'hi'), (4, 12), (5, NULL);
