INSERT INTO plan (id, code) VALUES (1, 'a'), (2, 'b');
INSERT INTO member (id, plan_code) VALUES (1, 'a'), (2, 'b'), (3, NULL);
