CREATE TABLE ticket_old (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  state VARCHAR(6),
  points INTEGER UNSIGNED,
  CONSTRAINT ticket_old_state_check CHECK (state IN ('open', 'closed'))
);
