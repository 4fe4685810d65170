INSERT INTO customers (id, email) VALUES (1,'a@x'),(2,'b@x'),(3,'c@x');
INSERT INTO orders (id, customer_id, placed_at) VALUES (10,1,'2024-01-01'),(11,2,'2024-01-02'),(12,99,'2024-01-03'),(13,NULL,'2024-01-04'),(14,98,'2024-01-05');
INSERT INTO order_items (id, order_id, sku, qty) VALUES (100,10,'A',1),(101,10,'B',2),(102,12,'C',1),(103,50,'D',1),(104,NULL,'E',1),(105,51,'F',1),(106,51,'G',1);
