INSERT INTO writer (id, name) VALUES (1,'Ann'),(2,'Bo');
INSERT INTO blog_post (id, writer, title, body) VALUES (1,1,'Hello','...'),(2,2,'Second','...'),(3,NULL,'Anon','...');
INSERT INTO comment (id, post_id, body) VALUES (1,1,'nice'),(2,1,'meh'),(3,9,'spam'),(4,NULL,'orphan?'),(5,3,'ok');
INSERT INTO tag (id, label) VALUES (1,'go'),(2,'Go'),(3,'sql'),(4,'go');
INSERT INTO post_tag (id, post, tag) VALUES (1,1,1),(2,1,1),(3,1,3),(4,2,1),(5,2,7),(6,8,3);
