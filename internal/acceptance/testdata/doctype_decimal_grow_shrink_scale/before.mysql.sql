CREATE TABLE reading (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  val numeric(6,3),
  amt numeric(5,2),
  whole numeric(4,0)
);
