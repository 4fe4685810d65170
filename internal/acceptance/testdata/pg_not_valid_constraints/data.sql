INSERT INTO parent VALUES (1), (2);
INSERT INTO child VALUES (1, 1, 5), (2, 7, 3), (3, NULL, 0);
ALTER TABLE child ADD CONSTRAINT child_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES parent (id) NOT VALID;
ALTER TABLE child ADD CONSTRAINT child_qty_check CHECK (qty >= 0) NOT VALID;
