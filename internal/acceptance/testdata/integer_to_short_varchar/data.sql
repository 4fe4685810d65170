INSERT INTO code (id, n) VALUES (1, 5), (2, 1234), (3, -12), (4, -123), (5, NULL), (6, 999);
