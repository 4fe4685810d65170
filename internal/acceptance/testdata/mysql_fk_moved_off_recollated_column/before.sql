CREATE TABLE p (id VARCHAR(10) COLLATE utf8mb4_general_ci PRIMARY KEY) DEFAULT CHARSET utf8mb4 COLLATE utf8mb4_general_ci;
CREATE TABLE c (id INT PRIMARY KEY, p_code VARCHAR(10) COLLATE utf8mb4_general_ci, q_code VARCHAR(10) COLLATE utf8mb4_general_ci,
  CONSTRAINT c_p FOREIGN KEY (p_code) REFERENCES p (id)) DEFAULT CHARSET utf8mb4 COLLATE utf8mb4_general_ci;
