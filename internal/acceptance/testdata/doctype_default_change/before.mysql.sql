CREATE TABLE task (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  state varchar(10) DEFAULT 'todo',
  prio int DEFAULT 1,
  done boolean DEFAULT FALSE,
  note varchar(50) DEFAULT 'none',
  owner varchar(20),
  due date
);
