INSERT INTO post (id, tags) VALUES (1, '{go,sql}'), (2, '{postgres,x}'), (3, NULL), (4, '{abcde}'), (5, '{abcdef,longerthan}');
