CREATE TABLE client (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  mail varchar(120) NOT NULL,
  full_name varchar(80),
  phone varchar(20)
);
CREATE UNIQUE INDEX client_mail_key ON client (mail);
CREATE TABLE invoice (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  client_id bigint,
  amount decimal(10,2),
  CONSTRAINT invoice_client_id_fkey FOREIGN KEY (client_id) REFERENCES client (id)
);
CREATE INDEX invoice_client_id_idx ON invoice (client_id);
