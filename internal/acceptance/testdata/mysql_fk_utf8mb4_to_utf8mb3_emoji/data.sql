INSERT INTO tag (name) VALUES ('go'), ('fun😀'), ('🇫🇷'), ('café');
INSERT INTO post (id, tag) VALUES (1, 'go'), (2, 'GO'), (3, 'fun😀'), (4, NULL), (5, '🇫🇷'), (6, 'café'), (7, 'fun😁');
