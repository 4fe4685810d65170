-- Into char(4): refused when more than spaces lie beyond the 4th character
-- (3, 4: a tab, 5: a no-break space, 11); cut silently when only spaces do (2);
-- a value ending in spaces keeps them only as padding (6, 10): read through
-- text it loses them. The others read back as they were.
INSERT INTO t VALUES
  (1, 'abcd'), (2, 'abcd  '), (3, 'abcde'), (4, E'abcd\t'), (5, 'abcd' || chr(160)),
  (6, 'ab '), (7, 'ab'), (8, ''), (9, NULL), (10, '    '), (11, '     x'), (12, 'é'), (13, 'ééé ');
