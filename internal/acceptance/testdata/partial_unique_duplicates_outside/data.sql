INSERT INTO member (id, email, active) VALUES (1, 'a@x', 1), (2, 'a@x', 0), (3, 'a@x', 0), (4, 'b@x', 0), (5, 'b@x', 0), (6, 'c@x', 1);
