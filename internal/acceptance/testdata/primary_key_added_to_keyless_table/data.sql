INSERT INTO sku (code, label) VALUES ('a', 'one'), ('a', 'one'), ('b', 'two'), (NULL, 'three'), ('c', 'x'), ('c', 'y'), ('c', 'z'), ('d', NULL);
