-- a.id is in its own key (to x) and referenced by b's. Widening it (and
-- x.id and b.a_id with it: MariaDB wants both sides of a key of one type)
-- makes the plan drop both keys and add them back, which checks every row
-- of a and of b. Every row of a finds its x, but b's rows 3 and 5,
-- written with foreign_key_checks=0, find no a: a.id's change fails on
-- them as b.a_id's does. x.id's change (a's key to x) holds.
CREATE TABLE x (id BIGINT PRIMARY KEY);
CREATE TABLE a (id BIGINT PRIMARY KEY, CONSTRAINT a_x FOREIGN KEY (id) REFERENCES x (id));
CREATE TABLE b (id INT PRIMARY KEY, a_id BIGINT, CONSTRAINT b_a FOREIGN KEY (a_id) REFERENCES a (id));
