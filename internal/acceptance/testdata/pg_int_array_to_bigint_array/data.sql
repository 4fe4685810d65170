INSERT INTO bag (id, nums) VALUES (1, '{1,2,3}'), (2, '{}'), (3, NULL), (4, '{2147483647,NULL}');
