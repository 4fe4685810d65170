CREATE TABLE ticket (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  status VARCHAR(10) CONSTRAINT ticket_status_check CHECK (status IN ('new', 'paid', 'void'))
);
