-- Both sides of the key become BIGINT (MariaDB wants them equal). The key
-- is dropped and added back around both changes; row 3, written with
-- foreign_key_checks=0, points nowhere and fails the ADD. The parent's
-- change shares those statements and is kept back with the child's: run
-- alone, BIGINT would meet INT and the key could not be added back.
CREATE TABLE p (id BIGINT PRIMARY KEY);
CREATE TABLE c (id INT PRIMARY KEY, p_id BIGINT, CONSTRAINT c_p FOREIGN KEY (p_id) REFERENCES p (id));
