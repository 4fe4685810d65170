INSERT INTO label (id, name) VALUES (1, 'café!'), (2, 'naïve'), (3, '日本語テキ'), (4, '😀😀😀😀😀'), (5, 'résumé'), (6, NULL), (7, '😀😀😀😀😀😀');
