CREATE TABLE author (
  id integer primary key autoincrement,
  name varchar(100) not null,
  email varchar(200) unique,
  status varchar(7) not null default 'active' check (status in ('active', 'retired')),
  verified boolean default false
);
CREATE TABLE book (
  id integer primary key autoincrement,
  title varchar(200) not null,
  author bigint not null references author(id) on delete cascade,
  price decimal(8, 2),
  published_on date,
  copies decimal(10),
  kind varchar(5) check (kind in ('paper', 'ebook'))
);
CREATE INDEX book_author ON book (author);
CREATE UNIQUE INDEX book_author_title ON book (author, title);
