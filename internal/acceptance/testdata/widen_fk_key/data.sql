INSERT INTO author (id, name) VALUES (1,'A'),(2,'B');
INSERT INTO book (id, author_id, title) VALUES (1,1,'x'),(2,2,'y'),(3,NULL,'z');
