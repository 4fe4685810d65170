-- Into char(5): 4 is refused (more than spaces beyond the 5th character);
-- 3 and 5 are changed (trailing spaces cut, or kept only as padding: they
-- read back through text as 'abc' and 'abcde'). 1, 2 and 7 read back alike.
INSERT INTO t VALUES (1,'ab'),(2,'abcde'),(3,'abc   '),(4,'abcdef'),(5,'abcde     '),(6,NULL),(7,'');
