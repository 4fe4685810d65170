INSERT INTO category (id, parent_id, name) VALUES (1,NULL,'root'),(2,1,'a'),(3,1,'b'),(4,2,'c'),(5,42,'orphan'),(6,43,'orphan2'),(7,NULL,'root2');
