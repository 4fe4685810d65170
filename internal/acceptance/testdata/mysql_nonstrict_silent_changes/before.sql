CREATE TABLE item (
  id INTEGER PRIMARY KEY,
  name VARCHAR(20),
  code VARCHAR(20),
  qty TEXT,
  price DECIMAL(10,3),
  note VARCHAR(10),
  size ENUM('s','m','l'),
  label VARCHAR(10) CHARACTER SET utf8mb4,
  tag VARCHAR(10) CHARACTER SET utf8mb4
);
