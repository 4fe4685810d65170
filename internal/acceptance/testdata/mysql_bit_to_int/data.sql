INSERT INTO mask (id, bits) VALUES (1, b'00000001'), (2, b'11111111'), (3, NULL);
