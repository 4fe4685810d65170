CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  email VARCHAR(120) NOT NULL
);
CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER REFERENCES customers (id),
  placed_at DATE
);
CREATE TABLE order_items (
  id INTEGER PRIMARY KEY,
  order_id INTEGER REFERENCES orders (id) ON DELETE CASCADE,
  sku VARCHAR(20) NOT NULL,
  qty INTEGER NOT NULL CHECK (qty > 0)
);
CREATE INDEX order_items_order_id_idx ON order_items (order_id);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
