INSERT INTO users (id, fullname, legacy_flags, bio) VALUES
 (1,'Ann',NULL,NULL),(2,'Bob',NULL,'x'),(3,NULL,NULL,NULL),(4,'Cy',7,NULL),(5,'Di',NULL,NULL),
 (6,'Ed',NULL,NULL),(7,'Flo',0,NULL),(8,NULL,NULL,''),(9,'Gus',NULL,NULL),(10,'Hal',1,NULL);
INSERT INTO sessions_old (id, token) VALUES (1,'a'),(2,'b'),(3,NULL),(4,'d');
