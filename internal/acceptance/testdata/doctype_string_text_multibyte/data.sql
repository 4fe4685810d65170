INSERT INTO post (title, body, slug) VALUES ('ééé', 'ab', 'été'), ('éééé', 'ü', '日本語日本語'), ('日本語', NULL, 'abcdefgh'), ('ab  ', 'x', NULL), (NULL, 'y', 'z'), ('abc', 'z', 'q');
