INSERT INTO region VALUES ('fr', 'idf'), ('de', 'by');
INSERT INTO shop VALUES (1, 'fr', 'idf', 'a'), (2, NULL, NULL, NULL), (3, 'de', 'by', 'b');
