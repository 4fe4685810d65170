INSERT INTO label (kind, path, mood) VALUES ('it''s', 'C:\\temp', 'naïve'), ('two words', NULL, '日本'), (NULL, 'a\\b', 'naive'), ('x "y"', 'C:\\temp', 'naïve');
