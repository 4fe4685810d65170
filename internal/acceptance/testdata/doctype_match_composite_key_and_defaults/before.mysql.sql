CREATE TABLE badge (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(30) NOT NULL UNIQUE
);
CREATE TABLE membership (
  team varchar(20) NOT NULL,
  member int NOT NULL,
  since date NOT NULL DEFAULT '2024-01-01',
  settings json,
  ratio float DEFAULT 1.5,
  weight double DEFAULT -2.25,
  label text,
  role varchar(6) NOT NULL DEFAULT 'member' CHECK (role IN ('owner','admin','member')),
  badge bigint UNIQUE,
  PRIMARY KEY (team, member),
  KEY membership_role_idx (role),
  FOREIGN KEY (badge) REFERENCES badge (id) ON DELETE SET NULL
);
