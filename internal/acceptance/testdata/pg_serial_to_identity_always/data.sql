INSERT INTO ticket (title) VALUES ('a'), ('b');
