CREATE TABLE orders (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  state varchar(4) NOT NULL DEFAULT 'new',
  kind varchar(5),
  CONSTRAINT orders_state_check CHECK (state IN ('new','paid')),
  CONSTRAINT orders_kind_check CHECK (kind IN ('small','big'))
);
