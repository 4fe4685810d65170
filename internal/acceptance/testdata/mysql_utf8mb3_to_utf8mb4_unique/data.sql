INSERT INTO word (id, w, body) VALUES (1, 'straße', 'ü'), (2, 'strasse', NULL), (3, 'Ĉ', REPEAT('é', 30000));
