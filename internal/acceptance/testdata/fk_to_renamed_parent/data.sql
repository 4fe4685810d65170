INSERT INTO product (id, sku) VALUES (1, 'a'), (2, 'b');
INSERT INTO line (id, product_id) VALUES (1, 1), (2, 3), (3, 2), (4, 9), (5, NULL);
