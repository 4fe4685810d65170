-- ALTER COLUMN TYPE converts the default too, and PostgreSQL has no
-- implicit cast from 'new'::character varying to the enum: the default must
-- be dropped around the change. qty keeps its default 0 through the widening.
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');
CREATE TABLE orders (
  id integer PRIMARY KEY,
  status order_status NOT NULL DEFAULT 'new',
  qty bigint DEFAULT 0
);
