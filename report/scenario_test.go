package report_test

import (
	"context"
	"testing"

	"github.com/schemaguard/schemaguard/dialect/sqlite"
	"github.com/schemaguard/schemaguard/plan"
	"github.com/schemaguard/schemaguard/report"
	"github.com/schemaguard/schemaguard/source"
)

// scenario is one before/after pair on an in-memory SQLite database. Every
// scenario is in memory, so reports carry no file paths and stay deterministic.
type scenario struct {
	name string
	// before creates the live schema and its rows, one statement per entry.
	before []string
	// desired is the DDL of the desired schema (with -- previously: comments).
	desired string
	noData  bool
}

var scenarios = []scenario{
	{
		name: "shop",
		before: []string{
			`CREATE TABLE customer (
			  id INTEGER PRIMARY KEY AUTOINCREMENT,
			  name VARCHAR(100) NOT NULL,
			  email VARCHAR(200),
			  phone VARCHAR(40),
			  points VARCHAR(20),
			  fax VARCHAR(30),
			  nick VARCHAR(20) DEFAULT 'x',
			  status VARCHAR(6) CONSTRAINT customer_status_check CHECK (status IN ('active', 'paused', 'closed'))
			)`,
			`CREATE INDEX customer_name_idx ON customer (name)`,
			`CREATE TABLE product (
			  id INTEGER PRIMARY KEY AUTOINCREMENT,
			  sku VARCHAR(40) NOT NULL,
			  title VARCHAR(200) NOT NULL,
			  price DECIMAL(10,3) NOT NULL,
			  stock INTEGER NOT NULL DEFAULT 0,
			  weight DECIMAL(6,2),
			  CHECK (stock >= -1)
			)`,
			`CREATE UNIQUE INDEX product_title_key ON product (title)`,
			`CREATE TABLE sales_order (
			  id INTEGER PRIMARY KEY AUTOINCREMENT,
			  customer BIGINT REFERENCES customer (id),
			  product BIGINT,
			  total DECIMAL(10,2),
			  note TEXT
			)`,
			`CREATE TABLE legacy_coupon (id INTEGER PRIMARY KEY AUTOINCREMENT, code TEXT)`,
			`CREATE TABLE empty_box (id INTEGER PRIMARY KEY)`,
			`INSERT INTO customer (id, name, email, phone, points, fax, status) VALUES
			  (1, 'Ada Lovelace', 'ada@example.com', '+44 20 7946 0000', '120', NULL, 'active'),
			  (2, 'Grace Hopper', 'grace@example.com', NULL, '75', '+1 555 0100', 'active'),
			  (3, 'Alan Turing', 'alan@example.com', '+44 161 496 0000', 'n/a', NULL, 'paused'),
			  (4, 'Edsger Dijkstra', 'ADA@example.com', NULL, '3000', NULL, 'closed'),
			  (5, 'Barbara Liskov', 'barbara.liskov.at.a.very.long.address.indeed@institute.example.org', '+1 617 555 0199', 'gold', '+1 617 555 0198', 'paused'),
			  (6, 'Donald Knuth', 'ada@example.com', '+1 650 555 0142', NULL, NULL, 'active')`,
			`INSERT INTO product (id, sku, title, price, stock, weight) VALUES
			  (1, 'BK-001', 'The Art of Computer Programming', 199.995, 12, 1.5),
			  (2, 'BK-002', 'Structure and Interpretation of Computer Programs', 45.50, 40000, NULL),
			  (3, 'BK-003', 'A Discipline of Programming', 38.125, 3, 0.25),
			  (4, 'BK-001', 'Software Engineering', 52.00, 100000, 2)`,
			`INSERT INTO sales_order (id, customer, product, total, note) VALUES
			  (1, 1, 1, 199.99, NULL),
			  (2, 2, 2, 45.50, 'gift wrap'),
			  (3, 1, 9, 38.13, 'product 9 was deleted long ago'),
			  (4, 6, 42, 52.00, NULL),
			  (5, NULL, NULL, 10.00, 'walk-in')`,
			`INSERT INTO legacy_coupon (code) VALUES ('WELCOME10'), ('SPRING5')`,
		},
		desired: `
CREATE TABLE customer (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name VARCHAR(100) NOT NULL,
  email VARCHAR(40),
  phone VARCHAR(40) NOT NULL,
  points INTEGER,
  nick VARCHAR(20) DEFAULT 'y',
  status VARCHAR(6) CONSTRAINT customer_status_check CHECK (status IN ('active', 'closed')),
  tier VARCHAR(20),
  country VARCHAR(2) NOT NULL,
  score INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX customer_email_key ON customer (email);
CREATE TABLE product (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  sku VARCHAR(40) NOT NULL,
  title VARCHAR(200),
  price DECIMAL(10,2) NOT NULL,
  stock SMALLINT NOT NULL,
  weight DECIMAL(6,2) DEFAULT 0,
  CHECK (stock >= 0)
);
CREATE UNIQUE INDEX product_sku_key ON product (sku);
CREATE INDEX product_title_idx ON product (title);
CREATE TABLE sales_order (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  customer BIGINT,
  product BIGINT REFERENCES product (id),
  total DECIMAL(12,2),
  remarks TEXT -- previously: note
);
CREATE INDEX sales_order_cp_idx ON sales_order (customer, product);
CREATE TABLE empty_box (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
CREATE TABLE review (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  product BIGINT NOT NULL REFERENCES product (id),
  body TEXT
);
`,
	},
	{
		name: "rename-and-keys",
		before: []string{
			`CREATE TABLE account (id INTEGER PRIMARY KEY, handle VARCHAR(30) NOT NULL, region VARCHAR(10))`,
			`CREATE TABLE membership (account_id INTEGER NOT NULL, team_id INTEGER NOT NULL, role TEXT, PRIMARY KEY (account_id))`,
			`CREATE UNIQUE INDEX membership_pair_key ON membership (account_id, team_id)`,
			`INSERT INTO account VALUES (1, 'ada', 'eu'), (2, 'bob', NULL)`,
			`INSERT INTO membership VALUES (1, 10, 'owner'), (2, 10, 'member')`,
		},
		desired: `
CREATE TABLE user_account ( -- previously: account
  id INTEGER PRIMARY KEY,
  handle VARCHAR(30) NOT NULL,
  region VARCHAR(10)
);
CREATE TABLE membership (
  account_id INTEGER NOT NULL,
  team_id INTEGER NOT NULL,
  role TEXT,
  PRIMARY KEY (account_id, team_id)
);
`,
	},
	{
		name:   "no-data",
		noData: true,
		before: []string{
			`CREATE TABLE note (id INTEGER PRIMARY KEY, body VARCHAR(200), old TEXT)`,
			`INSERT INTO note VALUES (1, 'hello', 'x')`,
		},
		desired: `CREATE TABLE note (id INTEGER PRIMARY KEY, body VARCHAR(10) NOT NULL, due DATE NOT NULL);`,
	},
	{
		name:    "no-changes",
		before:  []string{`CREATE TABLE t (id INTEGER PRIMARY KEY)`},
		desired: `CREATE TABLE t (id INTEGER PRIMARY KEY);`,
	},
}

// build plans a scenario and renders its JSON document.
func build(t *testing.T, sc scenario) *report.Document {
	t.Helper()
	ctx := context.Background()
	conn, err := sqlite.OpenMemory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = conn.Close() })
	for _, st := range sc.before {
		if err := conn.Exec(ctx, st); err != nil {
			t.Fatalf("before: %v\n%s", err, st)
		}
	}
	desired, err := conn.LoadSQL(ctx, "desired.sql", sc.desired)
	if err != nil {
		t.Fatal(err)
	}
	if err := source.ApplySQLRenames(desired, "desired.sql", sc.desired); err != nil {
		t.Fatal(err)
	}
	p, err := plan.Build(ctx, conn, desired, plan.Options{NoData: sc.noData})
	if err != nil {
		t.Fatal(err)
	}
	return report.Build("verify", p)
}
