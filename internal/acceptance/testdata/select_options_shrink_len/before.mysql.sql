CREATE TABLE shipment (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  state VARCHAR(9) DEFAULT 'pending',
  carrier VARCHAR(10),
  CONSTRAINT shipment_state_check CHECK (state IN ('pending','shipped','delivered'))
);
