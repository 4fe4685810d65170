INSERT INTO sales."order" VALUES (1, 'Paid'), (2, 'new');
