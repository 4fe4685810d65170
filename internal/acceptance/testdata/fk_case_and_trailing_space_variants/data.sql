INSERT INTO plan (code) VALUES ('a'), ('b');
INSERT INTO member (id, plan_code) VALUES (1, 'a'), (2, 'A'), (3, 'a '), (4, 'b  '), (5, 'z'), (6, 'B'), (7, NULL);
