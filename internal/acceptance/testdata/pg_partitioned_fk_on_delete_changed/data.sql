-- Every row finds its parent: the key is dropped and added back with ON
-- DELETE CASCADE in one transaction, validated at once on every partition.
INSERT INTO ref (id) VALUES (1), (2);
INSERT INTO measure (id, at, v) VALUES (1, '2024-03-01', 1), (2, '2025-03-01', 2), (3, '2025-04-01', NULL);
