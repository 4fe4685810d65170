CREATE TABLE post (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  title VARCHAR(200) NOT NULL,
  status VARCHAR(9),
  CONSTRAINT post_status_check CHECK (status IN ('draft','published','archived','spam'))
);
