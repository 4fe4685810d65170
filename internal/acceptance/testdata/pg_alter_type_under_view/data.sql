INSERT INTO counter (id, hits) VALUES (1, 5), (2, 50);
