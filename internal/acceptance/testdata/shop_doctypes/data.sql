INSERT INTO product (id, name, price) VALUES (1,'Widget',9.99),(2,'Gadget',NULL),(3,'Gizmo',0),(4,'Doohickey',NULL),(5,'Thing',5);
INSERT INTO stock (id, product, warehouse, qty) VALUES (1,1,NULL,5),(2,1,NULL,7),(3,2,NULL,NULL),(4,7,NULL,1),(5,NULL,NULL,2);
