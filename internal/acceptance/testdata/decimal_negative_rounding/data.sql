INSERT INTO ledger (id, amt) VALUES (1, -2.345), (2, -2.340), (3, -0.005), (4, NULL), (5, -9999999.995), (6, 5.000);
