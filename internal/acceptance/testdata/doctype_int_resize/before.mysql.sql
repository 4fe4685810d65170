CREATE TABLE counter (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  hits int,
  small_hits bigint,
  level smallint
);
