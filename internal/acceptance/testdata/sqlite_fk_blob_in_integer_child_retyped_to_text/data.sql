-- INTEGER affinity keeps a blob as it is, and so does the TEXT column
-- the rebuild copies it into: x'3132' is no reference to '12', though
-- its CAST to TEXT is '12'. The integer 12 becomes '12' and finds it.
INSERT INTO tag (k) VALUES ('12');
INSERT INTO post (id, tag_k) VALUES (1, x'3132'), (2, 12), (3, NULL);
