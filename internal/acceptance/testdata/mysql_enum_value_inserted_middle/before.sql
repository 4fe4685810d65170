CREATE TABLE ticket (
  id INTEGER PRIMARY KEY,
  st ENUM('open', 'closed') NOT NULL DEFAULT 'open',
  tags SET('red', 'blue')
);
