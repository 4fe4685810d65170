CREATE TABLE grp (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  label varchar(20)
);
CREATE TABLE usr (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  old_code varchar(10),
  lvl varchar(10),
  grp_id bigint
);
