INSERT INTO client (id, mail, nick, phone) VALUES (1,'ann@example.com','ann',NULL),(2,'bob.with.a.really.long.address@example.com','bob','555'),(3,NULL,'cy','556'),(4,'di@example.com',NULL,NULL),(5,'ANN@example.com','ann2','557');
INSERT INTO invoice (id, client, amount) VALUES (1,1,10),(2,2,20),(3,NULL,30),(4,5,40);
