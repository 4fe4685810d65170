CREATE TABLE task (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  state varchar(10) DEFAULT 'todo',
  prio INTEGER DEFAULT 1,
  done BOOLEAN DEFAULT FALSE,
  note varchar(50) DEFAULT 'none',
  owner varchar(20),
  due date
);
