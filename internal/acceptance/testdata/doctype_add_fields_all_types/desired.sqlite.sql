CREATE TABLE customer (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email varchar(120) NOT NULL,
  nickname VARCHAR(30),
  active BOOLEAN NOT NULL DEFAULT TRUE,
  birthday DATE,
  seen_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  prefs JSON,
  token UUID,
  balance DECIMAL(8,2) DEFAULT 0,
  plan VARCHAR(5) DEFAULT 'basic',
  visits INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT customer_plan_check CHECK (plan IN ('basic','gold'))
);
CREATE UNIQUE INDEX customer_email_key ON customer (email);
