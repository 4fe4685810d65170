CREATE TABLE customer (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email varchar(120) NOT NULL,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  balance DECIMAL(8,2) DEFAULT 0,
  birthday DATE,
  nickname VARCHAR(30),
  plan VARCHAR(5) DEFAULT 'basic',
  prefs JSON,
  seen_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  token UUID,
  visits INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT customer_plan_check CHECK (plan IN ('basic','gold'))
);
CREATE UNIQUE INDEX customer_email_key ON customer (email);
