CREATE TABLE client (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(20)
);
CREATE TABLE invoice (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  client_id bigint REFERENCES client (id),
  total int
);
