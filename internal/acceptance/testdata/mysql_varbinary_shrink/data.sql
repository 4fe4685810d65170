INSERT INTO hash (id, h) VALUES (1, X'01020304'), (2, X'0102030405'), (3, 'é'), (4, 'éé'), (5, NULL), (6, 'abcd');
