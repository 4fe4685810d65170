INSERT INTO flag VALUES (1, true, false), (2, false, NULL), (3, NULL, true);
