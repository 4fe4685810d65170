CREATE TABLE client (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  mail VARCHAR(200),
  nick VARCHAR(50),
  phone VARCHAR(30)
);
CREATE TABLE invoice (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  client BIGINT,
  amount DECIMAL(12,2),
  CONSTRAINT invoice_client_fkey FOREIGN KEY (client) REFERENCES client (id)
);
CREATE INDEX invoice_client_idx ON invoice (client);
