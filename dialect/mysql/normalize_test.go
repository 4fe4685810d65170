package mysql

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/schema"
)

func mapped(t *testing.T, ty schema.Type) schema.Type {
	t.Helper()
	m, err := (&Dialect{}).MapType(ty)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func ptr(s string) *string { return &s }

// TestNormalizeDocType builds a desired schema the way the DocType loader
// does (MapType types, SQL literal defaults, no collations) and requires no
// diff against the same schema created from SQL.
func TestNormalizeDocType(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := newTestDB(t, "")
	col := func(name string, ty schema.Type, nullable bool, def *string) *schema.Column {
		return &schema.Column{Name: name, Type: mapped(t, ty), Nullable: nullable, Default: def, Source: "users.yaml:1"}
	}
	users := &schema.Table{Name: "users", Source: "users.yaml:1", Previously: []string{"people"}, Columns: []*schema.Column{
		{Name: "id", Type: mapped(t, schema.Type{Kind: schema.KindBigInt, Unsigned: true}), AutoIncrement: true},
		col("name", schema.Type{Kind: schema.KindString, Length: 50}, false, ptr("'anon'")),
		col("bio", schema.Type{Kind: schema.KindText}, true, nil),
		col("active", schema.Type{Kind: schema.KindBool}, false, ptr("true")),
		col("price", schema.Type{Kind: schema.KindDecimal, Precision: 10, Scale: 2}, false, ptr("0")),
		col("data", schema.Type{Kind: schema.KindJSON}, true, nil),
		col("created", schema.Type{Kind: schema.KindDateTime}, false, ptr("CURRENT_TIMESTAMP")),
		col("role", schema.Type{Kind: schema.KindEnum, Values: []string{"admin", "user"}}, false, ptr("'user'")),
		col("uid", schema.Type{Kind: schema.KindUUID}, true, nil),
		col("age", schema.Type{Kind: schema.KindSmallInt, Unsigned: true}, true, nil),
		col("score", schema.Type{Kind: schema.KindDouble}, true, nil),
		col("born", schema.Type{Kind: schema.KindDate}, true, nil),
		col("avatar", schema.Type{Kind: schema.KindBytes}, true, nil),
	},
		PrimaryKey: &schema.Index{Name: "PRIMARY", Unique: true, Parts: []schema.IndexPart{{Column: "id"}}},
		Indexes:    []*schema.Index{{Name: "users_name_key", Unique: true, Parts: []schema.IndexPart{{Column: "name"}}}},
	}
	users.Columns[6].Type = mapped(t, schema.Type{Kind: schema.KindDateTime})
	orders := &schema.Table{Name: "orders", Columns: []*schema.Column{
		{Name: "id", Type: mapped(t, schema.Type{Kind: schema.KindInt})},
		col("user_id", schema.Type{Kind: schema.KindBigInt, Unsigned: true}, true, nil),
	},
		PrimaryKey:  &schema.Index{Name: "PRIMARY", Unique: true, Parts: []schema.IndexPart{{Column: "id"}}},
		ForeignKeys: []*schema.ForeignKey{{Name: "orders_user_id_fkey", Columns: []string{"user_id"}, RefTable: "users", RefColumns: []string{"id"}, OnDelete: "CASCADE"}},
	}
	desired := &schema.Schema{Dialect: "mysql", Tables: []*schema.Table{users, orders}}
	norm, err := db.conn.Normalize(ctx, desired)
	if err != nil {
		t.Fatal(err)
	}
	if u := norm.Table("users"); u == nil || u.Source != "users.yaml:1" || len(u.Previously) != 1 || u.Column("name").Source != "users.yaml:1" {
		t.Errorf("annotations not kept: %+v", u)
	}
	for _, c := range norm.Table("users").Columns {
		if m := users.Column(c.Name); m != nil && !strings.EqualFold(m.Type.Raw, c.Type.Raw) && c.Type.Kind != schema.KindJSON {
			t.Errorf("MapType spells %s as %s, the server as %s", c.Name, m.Type.Raw, c.Type.Raw)
		}
	}
	const ddl = `CREATE TABLE users (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(50) NOT NULL DEFAULT 'anon' UNIQUE,
  bio text, active tinyint(1) NOT NULL DEFAULT 1, price decimal(10,2) NOT NULL DEFAULT 0,
  data json, created datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  role enum('admin','user') NOT NULL DEFAULT 'user', uid char(36), age smallint unsigned,
  score double, born date, avatar blob);
CREATE TABLE orders (id int PRIMARY KEY, user_id bigint unsigned,
  FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE);`
	if _, err := db.raw.ExecContext(ctx, ddl); err != nil {
		t.Fatal(err)
	}
	if cs := diff.Compute(db.inspect(t), norm); len(cs) > 0 {
		t.Errorf("normalized DocType schema differs from the same schema in SQL:\n%s", strings.Join(describe(cs), "\n"))
	}
}

func TestNormalizeBadInput(t *testing.T) {
	t.Parallel()
	db := newTestDB(t, "")
	bad := &schema.Schema{Tables: []*schema.Table{{Name: "t", Source: "t.yaml:3", Columns: []*schema.Column{
		{Name: "a", Type: schema.Type{Kind: schema.KindOther, Raw: "nosuchtype"}},
	}}}}
	_, err := db.conn.Normalize(context.Background(), bad)
	if !errors.Is(err, dialect.ErrBadInput) || !strings.Contains(err.Error(), "t.yaml:3") {
		t.Fatalf("err = %v", err)
	}
}

func TestParseURL(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, url, addr, db, user string
		bad                       bool
	}{
		{name: "full", url: "mysql://u:p%40ss@db.example:3307/app?charset=utf8mb4", addr: "db.example:3307", db: "app", user: "u"},
		{name: "default port", url: "mysql://u@localhost/app", addr: "localhost:3306", db: "app", user: "u"},
		{name: "mariadb scheme", url: "mariadb://u:p@db.example/app", addr: "db.example:3306", db: "app", user: "u"},
		{name: "wrong scheme", url: "postgres://u:secret@h/app", bad: true},
		{name: "nested path", url: "mysql://u:secret@h/a/b", bad: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cfg, err := ParseURL(tc.url)
			if tc.bad {
				if !errors.Is(err, dialect.ErrBadURL) || strings.Contains(err.Error(), "secret") {
					t.Fatalf("err = %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Addr != tc.addr || cfg.DBName != tc.db || cfg.User != tc.user {
				t.Errorf("cfg = %s %s %s", cfg.Addr, cfg.DBName, cfg.User)
			}
		})
	}
}

func TestOpenErrorsHidePassword(t *testing.T) {
	t.Parallel()
	base := testdbURL(t)
	u := strings.Replace(base, "://", "://nosuchuser:topsecret@", 1)
	if i := strings.Index(u, "@"); i >= 0 {
		// drop the original credentials
		rest := u[i+1:]
		if j := strings.Index(rest, "@"); j >= 0 {
			u = u[:i+1] + rest[j+1:]
		}
	}
	_, err := (&Dialect{}).Open(context.Background(), u, dialect.OpenOptions{})
	if err == nil || strings.Contains(err.Error(), "topsecret") {
		t.Fatalf("err = %v", err)
	}
}

func TestScreenDDL(t *testing.T) {
	t.Parallel()
	ok := []string{
		"CREATE TABLE a (id int);\nCREATE UNIQUE INDEX a_i ON a (id);\nALTER TABLE a ADD COLUMN b int;",
		"/*!40101 SET NAMES utf8mb4 */;\nDROP TABLE IF EXISTS `a`;\nCREATE TABLE `a` (id int);\nLOCK TABLES `a` WRITE;\nINSERT INTO `a` VALUES (1);\nUNLOCK TABLES;",
		"CREATE OR REPLACE VIEW v AS SELECT a.id FROM a;\nSET FOREIGN_KEY_CHECKS = 0;",
		"CREATE TABLE t (s varchar(20) DEFAULT 'x.y', CHECK (s <> 'db.t'));",
	}
	for _, ddl := range ok {
		if err := screenDDL("s.sql", ddl); err != nil {
			t.Errorf("screenDDL(%q) = %v, want nil", ddl, err)
		}
	}
	bad := map[string]string{
		"CREATE DATABASE IF NOT EXISTS `hunt`;\nUSE `hunt`;":                                     "s.sql:1:",
		"CREATE TABLE a (id int);\nUSE live;":                                                    "s.sql:2:",
		"INSERT INTO hunt.customer VALUES (3);":                                                  "hunt.customer",
		"CREATE TABLE IF NOT EXISTS `hunt`.`orders` (id int);":                                   "`hunt`.`orders`",
		"ALTER TABLE x ADD FOREIGN KEY (a) REFERENCES other.p (i)":                               "other.p",
		"GRANT ALL ON *.* TO 'u'@'%';":                                                           "GRANT",
		"SET GLOBAL max_connections = 1;":                                                        "SET GLOBAL",
		"CREATE USER 'x'@'%';":                                                                   "CREATE USER",
		"DROP DATABASE live;":                                                                    "DROP DATABASE",
		"CREATE TABLE a (id int);\n/*!40000 DROP DATABASE live */;":                              "s.sql:2:",
		"/*M!100000 USE hunt */;\nCREATE TABLE a (id int);":                                      "s.sql:1:",
		"CREATE TABLE o (id int);\nALTER TABLE o RENAME hunt.y;":                                 "hunt.y",
		"RENAME TABLE o TO hunt.y;":                                                              "RENAME",
		"DROP TABLE IF EXISTS nothing_here, live.t;":                                             "qualified",
		"INSERT INTO t VALUES (1--1, 'x'); DROP DATABASE other;":                                 "DROP DATABASE",
		"SET STATEMENT max_statement_time=100 FOR DROP DATABASE x;":                              "STATEMENT",
		"SET sql_mode='', GLOBAL max_connections=8;":                                             "GLOBAL",
		"SET /**/ GLOBAL event_scheduler=ON;":                                                    "GLOBAL",
		"SET sql_mode='NO_BACKSLASH_ESCAPES';":                                                   "NO_BACKSLASH_ESCAPES",
		"SET sql_mode='ANSI_QUOTES';":                                                            "ANSI",
		"INSERT live.t VALUES (99, 'x');":                                                        "live.t",
		"ALTER TABLE /*!*/live.t DROP COLUMN v;":                                                 "live.t",
		"CREATE DEFINER=CURRENT_USER TRIGGER trg BEFORE INSERT ON t FOR EACH ROW SET NEW.v = 1;": "TRIGGER",
		"CREATE DEFINER=CURRENT_USER EVENT ev ON SCHEDULE EVERY 1 SECOND DO DELETE FROM t;":      "EVENT",
		"SELECT 1 INTO OUTFILE '/tmp/x';":                                                        "SELECT",
	}
	for ddl, want := range bad {
		err := screenDDL("s.sql", ddl)
		if !errors.Is(err, dialect.ErrBadInput) || !strings.Contains(err.Error(), want) {
			t.Errorf("screenDDL(%q) = %v, want ErrBadInput mentioning %q", ddl, err, want)
		}
	}
}
