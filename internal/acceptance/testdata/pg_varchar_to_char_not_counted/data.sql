INSERT INTO t VALUES (1,'ab'),(2,'abcde'),(3,'abc   '),(4,'abcdef'),(5,'abcde     '),(6,NULL),(7,'');
