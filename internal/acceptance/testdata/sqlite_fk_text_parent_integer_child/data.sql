INSERT INTO plan (code) VALUES ('01'), ('2'), ('3.0');
INSERT INTO member (id, plan_code) VALUES (1, 1), (2, 2), (3, 3), (4, NULL);
