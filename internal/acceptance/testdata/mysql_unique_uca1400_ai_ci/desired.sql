CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  name VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci,
  UNIQUE KEY person_name (name)
);
