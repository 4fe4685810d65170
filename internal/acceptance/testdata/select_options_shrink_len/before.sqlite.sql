CREATE TABLE shipment (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  state VARCHAR(9) DEFAULT 'pending',
  carrier VARCHAR(10),
  CONSTRAINT shipment_state_check CHECK (state IN ('pending','shipped','delivered'))
);
