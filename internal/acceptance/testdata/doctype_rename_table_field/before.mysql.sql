CREATE TABLE client (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  mail VARCHAR(200),
  nick VARCHAR(50),
  phone VARCHAR(30)
);
CREATE TABLE invoice (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  client BIGINT,
  amount DECIMAL(12,2),
  CONSTRAINT invoice_client_fkey FOREIGN KEY (client) REFERENCES client (id)
);
CREATE INDEX invoice_client_idx ON invoice (client);
