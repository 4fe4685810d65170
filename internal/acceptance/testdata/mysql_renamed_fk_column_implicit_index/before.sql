CREATE TABLE p0 (id int PRIMARY KEY);
-- InnoDB gives each key an index of its own, named after its column (c3).
CREATE TABLE t2 (id int PRIMARY KEY, c3 int, FOREIGN KEY (c3) REFERENCES p0 (id) ON DELETE SET NULL);
