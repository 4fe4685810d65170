CREATE TABLE item (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(50) NOT NULL,
  legacy_code varchar(10),
  old_notes text,
  unused int
);
