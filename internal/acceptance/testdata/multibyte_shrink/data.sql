INSERT INTO review (id, author, body) VALUES
 (1, 'héllo', 'Très bien'),
 (2, '日本語テキスト', 'すばらしい製品です'),
 (3, '😀😀😀😀😀', '👍'),
 (4, '😀😀😀😀😀😀', 'x'),
 (5, 'abcde', 'Ünïcödé body that is somewhat longer than twenty chars'),
 (6, NULL, NULL),
 (7, 'Zoë', 'ok');
