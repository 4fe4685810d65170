INSERT INTO address VALUES (1, '007', '12'), (2, 'SW1A 1AA', x'00');
