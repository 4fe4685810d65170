CREATE TABLE orders (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  state varchar(4) NOT NULL DEFAULT 'new',
  kind varchar(5),
  CONSTRAINT orders_state_check CHECK (state IN ('new','paid')),
  CONSTRAINT orders_kind_check CHECK (kind IN ('small','big'))
);
