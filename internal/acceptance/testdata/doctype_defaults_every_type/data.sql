INSERT INTO setting (note) VALUES ('a'), ('b');
