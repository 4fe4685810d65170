INSERT INTO ticket (title) VALUES ('a'), ('b'), ('c');
INSERT INTO invoice (total) VALUES (1.50), (2.00);
