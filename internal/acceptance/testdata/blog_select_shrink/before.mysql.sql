CREATE TABLE post (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title VARCHAR(200) NOT NULL,
  status VARCHAR(9),
  CONSTRAINT post_status_check CHECK (status IN ('draft','published','archived','spam'))
);
