INSERT INTO token (id, hash, blob_small) VALUES (1, X'00112233', X'FF'), (2, NULL, NULL), (3, X'0011223344556677', REPEAT(X'AB', 300));
