CREATE TABLE stock (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  qty int unsigned NOT NULL,
  shelf smallint unsigned,
  sold bigint unsigned
);
