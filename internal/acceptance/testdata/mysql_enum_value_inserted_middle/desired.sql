CREATE TABLE ticket (
  id INTEGER PRIMARY KEY,
  st ENUM('open', 'pending', 'closed') NOT NULL DEFAULT 'open',
  tags SET('red', 'green', 'blue')
);
