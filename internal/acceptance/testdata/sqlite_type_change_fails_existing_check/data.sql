INSERT INTO stock (qty) VALUES (5), (10), (NULL);
INSERT INTO r (qty) VALUES (5), (10), (NULL);
