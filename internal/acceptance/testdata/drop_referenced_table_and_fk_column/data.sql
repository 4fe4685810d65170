INSERT INTO brand (id, name) VALUES (1,'Acme'),(2,'Globex'),(3,NULL);
INSERT INTO item (id, brand_id, name) VALUES (1,1,'a'),(2,1,'b'),(3,NULL,'c'),(4,2,NULL);
