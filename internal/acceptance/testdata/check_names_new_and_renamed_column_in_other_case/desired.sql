CREATE TABLE ticket (
  id INTEGER PRIMARY KEY,
  quantity INTEGER, -- previously: qty
  prio INTEGER DEFAULT 0,
  CONSTRAINT ticket_prio CHECK (PRIO > 0),
  CONSTRAINT ticket_quantity CHECK (QUANTITY >= 5)
);
