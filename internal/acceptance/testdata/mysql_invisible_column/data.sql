INSERT INTO acct (id, secret, shown) VALUES (1, 'x', 5);
