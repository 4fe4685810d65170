INSERT INTO t VALUES (1,'ab'),(2,'abcde'),(3,'  a'),(4,NULL),(5,'');
