CREATE TABLE account (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, name varchar(20));
CREATE TABLE invoice (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, total int);
