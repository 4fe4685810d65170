INSERT INTO label (kind, path, mood) VALUES ('it''s', '50%', 'naïve'), ('two words', NULL, '日本'), (NULL, '(a,b)', 'naive'), ('x "y"', '50%', 'naïve');
