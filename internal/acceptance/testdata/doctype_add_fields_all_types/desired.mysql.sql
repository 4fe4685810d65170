CREATE TABLE customer (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email varchar(120) NOT NULL,
  active boolean NOT NULL DEFAULT TRUE,
  balance decimal(8,2) DEFAULT 0,
  birthday date,
  nickname varchar(30),
  plan varchar(5) DEFAULT 'basic',
  prefs json,
  seen_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  token char(36),
  visits int NOT NULL DEFAULT 0,
  CONSTRAINT customer_plan_check CHECK (plan IN ('basic','gold'))
);
CREATE UNIQUE INDEX customer_email_key ON customer (email);
