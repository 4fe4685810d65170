INSERT INTO plan (code) VALUES ('a '), ('b'), ('c  ');
INSERT INTO member (id, plan_code) VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, NULL);
