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

const fixture = "CREATE TABLE `Order` (\n" +
	"  `select` int NOT NULL AUTO_INCREMENT,\n" +
	"  `Mixed``Case` varchar(20) DEFAULT 'it''s',\n" +
	"  `qty` int(10) unsigned zerofill,\n" +
	"  `price` decimal(10,2) NOT NULL DEFAULT 1,\n" +
	"  `doc` json,\n" +
	"  `state` enum('new','paid','it''s') NOT NULL DEFAULT 'new',\n" +
	"  `flags` set('a','b'),\n" +
	"  `seen` datetime DEFAULT current_timestamp() ON UPDATE current_timestamp(),\n" +
	"  `ok` tinyint(1) NOT NULL DEFAULT 1,\n" +
	"  `small` tinyint(4),\n" +
	"  `mid` mediumint(9),\n" +
	"  `big` bigint(20) unsigned,\n" +
	"  `body` text,\n" +
	"  `bin` varchar(10) COLLATE utf8mb4_bin,\n" +
	"  `f` float, `d` double, `day` date, `t` time, `blob` blob,\n" +
	"  `total` decimal(12,2) AS (`price` * 2) VIRTUAL,\n" +
	"  `note` varchar(5) NULL DEFAULT NULL,\n" +
	"  PRIMARY KEY (`select`),\n" +
	"  UNIQUE KEY `uq` (`qty`),\n" +
	"  KEY `ix` (`Mixed``Case`(5), `price` DESC),\n" +
	"  KEY `hidden` (`day`) IGNORED,\n" +
	"  CONSTRAINT `positive` CHECK (`price` > 0)\n" +
	");\n" +
	"CREATE TABLE `line` (\n" +
	"  `id` int PRIMARY KEY,\n" +
	"  `order` int,\n" +
	"  CONSTRAINT `fk_order` FOREIGN KEY (`order`) REFERENCES `Order` (`select`) ON DELETE CASCADE ON UPDATE RESTRICT\n" +
	");\n" +
	"CREATE TABLE `schemaguard_history` (id int);\n" +
	"CREATE TABLE `skip_me` (id int);\n"

func TestInspect(t *testing.T) {
	t.Parallel()
	db := newTestDB(t, fixture)
	s, err := db.conn.Inspect(context.Background(), []string{"skip_*"})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Tables) != 2 {
		t.Fatalf("tables = %d, want 2 (Order, line)", len(s.Tables))
	}
	o := s.Table("Order")
	if o == nil {
		t.Fatal("no table Order")
	}
	str := func(p *string) string {
		if p == nil {
			return "<nil>"
		}
		return *p
	}
	cols := []struct {
		name, raw, def string
		kind           schema.Kind
		check          func(*schema.Column) bool
	}{
		{"select", "int(11)", "<nil>", schema.KindInt, func(c *schema.Column) bool { return c.AutoIncrement && !c.Nullable }},
		{"Mixed`Case", "varchar(20)", "'it''s'", schema.KindString, func(c *schema.Column) bool { return c.Type.Length == 20 && c.Collation == "" }},
		{"qty", "int(10) unsigned zerofill", "<nil>", schema.KindInt, func(c *schema.Column) bool { return c.Type.Unsigned }},
		{"price", "decimal(10,2)", "1.00", schema.KindDecimal, func(c *schema.Column) bool { return c.Type.Precision == 10 && c.Type.Scale == 2 }},
		{"doc", "longtext", "<nil>", schema.KindJSON, func(c *schema.Column) bool { return c.Collation == "" }},
		{"state", "enum('new','paid','it''s')", "'new'", schema.KindEnum, func(c *schema.Column) bool {
			return strings.Join(c.Type.Values, "|") == "new|paid|it's"
		}},
		{"flags", "set('a','b')", "<nil>", schema.KindEnum, func(c *schema.Column) bool { return isSet(c.Type) }},
		{"seen", "datetime", "current_timestamp()", schema.KindDateTime, func(c *schema.Column) bool { return c.OnUpdate == "current_timestamp()" }},
		{"ok", "tinyint(1)", "1", schema.KindBool, nil},
		{"small", "tinyint(4)", "<nil>", schema.KindTinyInt, nil},
		{"mid", "mediumint(9)", "<nil>", schema.KindMediumInt, nil},
		{"big", "bigint(20) unsigned", "<nil>", schema.KindBigInt, func(c *schema.Column) bool { return c.Type.Unsigned }},
		{"body", "text", "<nil>", schema.KindText, nil},
		{"bin", "varchar(10)", "<nil>", schema.KindString, func(c *schema.Column) bool { return c.Collation == "utf8mb4_bin" }},
		{"f", "float", "<nil>", schema.KindFloat, nil},
		{"d", "double", "<nil>", schema.KindDouble, nil},
		{"day", "date", "<nil>", schema.KindDate, nil},
		{"t", "time", "<nil>", schema.KindTime, nil},
		{"blob", "blob", "<nil>", schema.KindBytes, nil},
		{"total", "decimal(12,2)", "<nil>", schema.KindDecimal, func(c *schema.Column) bool { return c.Generated == "`price` * 2" && !c.GeneratedStored }},
		{"note", "varchar(5)", "<nil>", schema.KindString, func(c *schema.Column) bool { return c.Nullable }},
	}
	if len(o.Columns) != len(cols) {
		t.Fatalf("columns = %d, want %d", len(o.Columns), len(cols))
	}
	for i, tc := range cols {
		t.Run(tc.name, func(t *testing.T) {
			c := o.Columns[i]
			if c.Name != tc.name || c.Type.Raw != tc.raw || c.Type.Kind != tc.kind || str(c.Default) != tc.def {
				t.Errorf("got %s %s %s default %s, want %s %s %s default %s", c.Name, c.Type.Raw, c.Type.Kind, str(c.Default), tc.name, tc.raw, tc.kind, tc.def)
			}
			if tc.check != nil && !tc.check(c) {
				t.Errorf("column %s: %+v", c.Name, c)
			}
		})
	}
	if o.PrimaryKey == nil || o.PrimaryKey.Parts[0].Column != "select" {
		t.Errorf("primary key = %+v", o.PrimaryKey)
	}
	idx := map[string]*schema.Index{}
	for _, ix := range o.Indexes {
		idx[ix.Name] = ix
	}
	if ix := idx["ix"]; ix == nil || ix.Parts[0].Prefix != 5 || !ix.Parts[1].Desc || ix.Parts[0].Column != "Mixed`Case" {
		t.Errorf("index ix = %+v", ix)
	}
	if ix := idx["hidden"]; ix == nil || !ix.Invisible {
		t.Errorf("index hidden = %+v", ix)
	}
	if ix := idx["uq"]; ix == nil || !ix.Unique {
		t.Errorf("index uq = %+v", ix)
	}
	if len(o.Checks) != 1 || o.Checks[0].Name != "positive" {
		t.Errorf("checks = %+v (the json_valid check must be skipped)", o.Checks)
	}
	l := s.Table("line")
	if len(l.ForeignKeys) != 1 {
		t.Fatalf("foreign keys = %+v", l.ForeignKeys)
	}
	if fk := l.ForeignKeys[0]; fk.OnDelete != "CASCADE" || fk.OnUpdate != "" || fk.RefTable != "Order" || fk.RefSchema != "" {
		t.Errorf("foreign key = %+v", fk)
	}
}

// TestInspectRoundTrip renders every table as DDL, loads it into a scratch
// database and requires the same schema back.
func TestInspectRoundTrip(t *testing.T) {
	t.Parallel()
	db := newTestDB(t, fixture)
	s := db.inspect(t)
	var ddl []string
	for _, tb := range s.Tables {
		ddl = append(ddl, db.conn.fl.createTableSQL(tb))
	}
	for _, tb := range s.Tables {
		for _, fk := range tb.ForeignKeys {
			ddl = append(ddl, "ALTER TABLE "+quote(tb.Name)+" ADD "+fkSQL(fk))
		}
	}
	back, err := db.conn.LoadSQL(context.Background(), "round-trip.sql", strings.Join(ddl, ";\n"))
	if err != nil {
		t.Fatal(err)
	}
	if cs := diff.Compute(s, back); len(cs) > 0 {
		t.Errorf("round trip differs:\n%s", strings.Join(describe(cs), "\n"))
	}
	if s.Hash() != back.Hash() {
		t.Errorf("hash differs after round trip")
	}
}

func TestLoadSQLBadInput(t *testing.T) {
	t.Parallel()
	db := newTestDB(t, "")
	_, err := db.conn.LoadSQL(context.Background(), "bad.sql", "CREATE TABLE a (id int);\nCREATE TABLE b (id nosuchtype);")
	if err == nil || !strings.Contains(err.Error(), "bad input") || !strings.Contains(err.Error(), "nosuchtype") || !strings.Contains(err.Error(), "bad.sql:2:") {
		t.Fatalf("err = %v", err)
	}
}

// A dev database that holds tables, or that is the checked database
// itself, is refused before anything in it changes; an empty one is
// emptied again after use.
func TestLoadSQLDevURL(t *testing.T) {
	t.Parallel()
	live := newTestDB(t, "CREATE TABLE precious (id int); INSERT INTO precious VALUES (1), (2);")
	dev := newTestDB(t, "")
	busy := newTestDB(t, "CREATE TABLE leftover (id int);")
	ctx := context.Background()
	for _, tc := range []struct{ name, dev, want string }{
		{"not empty", busy.url, "holds 1 table"},
		{"same database", live.url, "names the database being checked"},
		{"empty", dev.url, ""},
	} {
		c, err := (&Dialect{}).Open(ctx, live.url, dialect.OpenOptions{DevURL: tc.dev})
		if err != nil {
			t.Fatal(err)
		}
		s, err := c.LoadSQL(ctx, "x.sql", "CREATE TABLE t (id int)")
		c.Close()
		if tc.want == "" {
			if err != nil || len(s.Tables) != 1 {
				t.Errorf("%s: err = %v, tables = %v", tc.name, err, s)
			}
			continue
		}
		if !errors.Is(err, dialect.ErrBadInput) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want ErrBadInput saying %q", tc.name, err, tc.want)
		}
	}
	var n int
	if err := live.raw.QueryRow("SELECT COUNT(*) FROM precious").Scan(&n); err != nil || n != 2 {
		t.Errorf("precious: %d rows, err %v", n, err)
	}
	if err := dev.raw.QueryRow("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()").Scan(&n); err != nil || n != 0 {
		t.Errorf("dev database keeps %d table(s), err %v", n, err)
	}
}

// A syntax error deep in a statement that comments precede points at the
// file's line of the error, not the statement's first line, and drops the
// server's "at line N", which counts from the statement's start.
func TestLoadSQLSyntaxErrorLine(t *testing.T) {
	t.Parallel()
	db := newTestDB(t, "")
	ddl := "CREATE TABLE a (id int);\n-- comment\n\nCREATE TABLE b (\n  id int,\n  x int NOT NUL\n);\n"
	_, err := db.conn.LoadSQL(context.Background(), "bad.sql", ddl)
	if err == nil || !strings.Contains(err.Error(), "bad.sql:6:") || strings.Contains(err.Error(), "at line") {
		t.Fatalf("err = %v, want bad.sql:6: without the server's line", err)
	}
}
