CREATE TABLE author (
  id bigserial primary key,
  name varchar(100) not null,
  email varchar(200) unique,
  status varchar(7) not null default 'active' check (status in ('active', 'retired')),
  verified boolean default false
);
CREATE TABLE book (
  id bigint generated always as identity primary key,
  title varchar(200) not null,
  author bigint not null references author(id) on delete cascade,
  price numeric(8, 2),
  published_on date,
  copies numeric(10),
  kind varchar(5) check (kind in ('paper', 'ebook'))
);
CREATE INDEX ON book (author);
CREATE UNIQUE INDEX ON book (author, title);
