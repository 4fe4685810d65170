CREATE TABLE grp (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  label varchar(20)
);
CREATE TABLE usr (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  old_code varchar(10),
  lvl varchar(10),
  grp_id bigint
);
