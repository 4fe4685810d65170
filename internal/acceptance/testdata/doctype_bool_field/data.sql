INSERT INTO flag (name, enabled) VALUES ('a', 1), ('b', 0), ('c', NULL), ('d', 2);
