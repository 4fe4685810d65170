INSERT INTO article (title) VALUES ('a'), ('b');
