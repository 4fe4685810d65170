-- Under the case-insensitive collation 'Open' = 'open', yet the enum
-- takes only 'open'; and a regular expression refuses the collation.
INSERT INTO ticket (id, status, code) VALUES (1, 'Open', ' 12'), (2, 'closed', '+5'), (3, NULL, '7');
