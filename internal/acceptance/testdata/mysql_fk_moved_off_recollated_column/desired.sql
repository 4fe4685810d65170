-- The key c_p moves from p_code to q_code while p_code turns _bin: p_code
-- keeps no key, so its values ('A' no longer finds 'a', 'zz' never did)
-- fail nothing; the new key over q_code has no orphans.
CREATE TABLE p (id VARCHAR(10) COLLATE utf8mb4_general_ci PRIMARY KEY) DEFAULT CHARSET utf8mb4 COLLATE utf8mb4_general_ci;
CREATE TABLE c (id INT PRIMARY KEY, p_code VARCHAR(10) COLLATE utf8mb4_bin, q_code VARCHAR(10) COLLATE utf8mb4_general_ci,
  CONSTRAINT c_p FOREIGN KEY (q_code) REFERENCES p (id)) DEFAULT CHARSET utf8mb4 COLLATE utf8mb4_general_ci;
