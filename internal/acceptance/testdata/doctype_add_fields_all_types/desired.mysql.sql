CREATE TABLE customer (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email varchar(120) NOT NULL,
  nickname varchar(30),
  active boolean NOT NULL DEFAULT TRUE,
  birthday date,
  seen_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  prefs json,
  token char(36),
  balance decimal(8,2) DEFAULT 0,
  plan varchar(5) DEFAULT 'basic',
  visits int NOT NULL DEFAULT 0,
  CONSTRAINT customer_plan_check CHECK (plan IN ('basic','gold'))
);
CREATE UNIQUE INDEX customer_email_key ON customer (email);
