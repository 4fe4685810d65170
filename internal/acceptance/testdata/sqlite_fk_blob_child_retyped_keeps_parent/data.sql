-- The child's x'6869' (INTEGER affinity keeps a blob) finds the parent's
-- x'6869' now, and still does once the child is TEXT: the rebuild keeps
-- the blob a blob (its CAST to TEXT, 'hi', would find nothing), and its
-- foreign key check passes.
INSERT INTO tag (k) VALUES (x'6869');
INSERT INTO post (id, tag_k) VALUES (1, x'6869'), (2, NULL);
