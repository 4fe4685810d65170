CREATE TABLE m (id int PRIMARY KEY, v double NOT NULL);
