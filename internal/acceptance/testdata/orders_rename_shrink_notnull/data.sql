INSERT INTO orders (id, cust_name, total) VALUES
 (1, 'Alice', 10.00),
 (2, NULL, 20.00),
 (3, 'Bartholomew Featherstonehaugh', 30.00),
 (4, 'ÄÖÜäöüßéèêÄÖÜäöüßéèê', 40.00),
 (5, 'ÄÖÜäöüßéèêÄÖÜäöüßéèêx', 50.00),
 (6, NULL, 60.00),
 (7, '日本語の名前', 70.00);
