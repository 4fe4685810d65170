INSERT INTO ticket (id, subject) VALUES (0, 'zero'), (5, 'five'), (7, 'seven');
