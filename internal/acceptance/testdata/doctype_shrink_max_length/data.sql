INSERT INTO item (name, code) VALUES ('short', 'A1'), ('fifteen chars!!', 'B2'), ('twelve chars', 'C3'), (NULL, 'D4'), ('ten chars!', 'E5');
