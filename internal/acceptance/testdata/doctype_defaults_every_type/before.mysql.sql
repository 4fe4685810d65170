CREATE TABLE setting (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  flag boolean DEFAULT FALSE,
  price numeric(8,2) DEFAULT 1.50,
  starts date DEFAULT '2024-01-01',
  seen datetime,
  ratio double DEFAULT 0.5,
  note varchar(20) DEFAULT 'none',
  at_time time,
  cnt bigint DEFAULT 0
);
