CREATE SCHEMA sales;
CREATE TYPE sales."Status" AS ENUM ('new', 'Paid');
CREATE TABLE sales."order" (
  id integer PRIMARY KEY,
  state sales."Status" NOT NULL DEFAULT 'new'
);
CREATE TABLE public.keep (id integer PRIMARY KEY);
