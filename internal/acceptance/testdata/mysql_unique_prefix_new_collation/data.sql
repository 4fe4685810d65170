INSERT INTO post (id, slug) VALUES (1, 'abcd-one'), (2, 'ABCD-two'), (3, 'abce'), (4, NULL), (5, 'xyz');
INSERT INTO tag (id, name) VALUES (1, 'abc1'), (2, 'ABC2'), (3, 'abd'), (4, NULL);
