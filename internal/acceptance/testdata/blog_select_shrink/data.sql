INSERT INTO post (title, status) VALUES ('a','draft'),('b','draft'),('c','draft'),('d','published'),('e','published'),('f','archived'),('g','archived'),('h','spam'),('i',NULL),('j',NULL);
