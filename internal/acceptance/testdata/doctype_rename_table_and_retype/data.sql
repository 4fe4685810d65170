INSERT INTO client (mail, qty_txt, score) VALUES ('a@x.io', '12', 1), ('much-too-long@example.com', 'abc', 2), ('b@x.io', NULL, 40000), ('c@x.io', '7', NULL), ('d@example.org', '3.5', 3);
