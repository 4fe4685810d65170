-- The shop database as it is in production today ("before").
-- examples/shop/setup builds examples/shop/app.db from this file.
CREATE TABLE customer (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name VARCHAR(100) NOT NULL,
  email VARCHAR(200),
  phone VARCHAR(40),
  loyalty_points VARCHAR(20),
  fax VARCHAR(30),
  status VARCHAR(6) CONSTRAINT customer_status_check CHECK (status IN ('active', 'paused', 'closed'))
);
CREATE TABLE product (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  sku VARCHAR(40) NOT NULL,
  title VARCHAR(200) NOT NULL,
  price DECIMAL(10,3) NOT NULL,
  stock INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sales_order (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  customer BIGINT,
  total DECIMAL(10,2),
  note TEXT
);
CREATE TABLE legacy_coupon (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  code TEXT
);

INSERT INTO customer (id, name, email, phone, loyalty_points, fax, status) VALUES
  (1, 'Ada Lovelace', 'ada@example.com', '+44 20 7946 0000', '120', NULL, 'active'),
  (2, 'Grace Hopper', 'grace@example.com', NULL, '75', '+1 555 0100', 'active'),
  (3, 'Alan Turing', 'alan@example.com', '+44 161 496 0000', 'n/a', NULL, 'paused'),
  (4, 'Edsger Dijkstra', 'ADA@example.com', NULL, '3000', NULL, 'closed'),
  (5, 'Barbara Liskov', 'barbara.liskov.at.a.very.long.address.indeed@institute.example.org', '+1 617 555 0199', 'gold', '+1 617 555 0198', 'paused'),
  (6, 'Donald Knuth', 'ada@example.com', '+1 650 555 0142', NULL, NULL, 'active');

INSERT INTO product (id, sku, title, price, stock) VALUES
  (1, 'BK-001', 'The Art of Computer Programming', 199.995, 12),
  (2, 'BK-002', 'Structure and Interpretation of Computer Programs', 45.50, 40000),
  (3, 'BK-003', 'A Discipline of Programming', 38.125, 3),
  (4, 'BK-004', 'Software Engineering', 52.00, 100000);

INSERT INTO sales_order (id, customer, total, note) VALUES
  (1, 1, 199.99, NULL),
  (2, 2, 45.50, 'gift wrap'),
  (3, 9, 38.13, 'customer 9 was deleted long ago'),
  (4, 42, 52.00, NULL),
  (5, NULL, 10.00, 'walk-in');

INSERT INTO legacy_coupon (code) VALUES ('WELCOME10'), ('SPRING5');
