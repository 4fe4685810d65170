package mysql

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"testing"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/internal/testdb"
	"github.com/schemaguard/schemaguard/schema"
)

// testDB is a fresh database on the test server, dropped after the test.
type testDB struct {
	url  string
	name string
	raw  *sql.DB
	conn *Conn
}

// newTestDB creates a database and opens it both raw (multi-statement, for
// fixtures) and as a dialect.Conn. params are added to the Conn's URL.
func newTestDB(t *testing.T, setup string, params ...string) *testDB {
	t.Helper()
	base := testdb.MySQL(t)
	ctx := context.Background()
	cfg, err := ParseURL(base)
	if err != nil {
		t.Fatal(err)
	}
	root, err := openDB(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.Close() })
	var rnd [4]byte
	_, _ = rand.Read(rnd[:])
	name := "sgtest_" + hex.EncodeToString(rnd[:])
	if _, err := root.ExecContext(ctx, "CREATE DATABASE "+name+" CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.ExecContext(context.Background(), "DROP DATABASE IF EXISTS "+name) })

	u, _ := url.Parse(base)
	u.Path = "/" + name
	q := u.Query()
	for i := 0; i+1 < len(params); i += 2 {
		q.Set(params[i], params[i+1])
	}
	u.RawQuery = q.Encode()
	rc := cfg.Clone()
	rc.DBName = name
	rc.MultiStatements = true
	raw, err := openDB(ctx, rc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { raw.Close() })
	if setup != "" {
		if _, err := raw.ExecContext(ctx, setup); err != nil {
			t.Fatalf("setup: %v", err)
		}
	}
	c, err := (&Dialect{}).Open(ctx, u.String(), dialect.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return &testDB{url: u.String(), name: name, raw: raw, conn: c.(*Conn)}
}

func (d *testDB) exec(t *testing.T, q string) {
	t.Helper()
	if _, err := d.raw.ExecContext(context.Background(), q); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

func (d *testDB) inspect(t *testing.T) *schema.Schema {
	t.Helper()
	s, err := d.conn.Inspect(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func describe(cs []diff.Change) []string {
	var out []string
	for _, c := range cs {
		out = append(out, string(c.Kind())+": "+c.String())
	}
	return out
}

func testdbURL(t *testing.T) string { return testdb.MySQL(t) }

// script renders the changes from actual to the schema desiredSQL builds.
func (d *testDB) script(t *testing.T, actual *schema.Schema, desiredSQL string) *dialect.Script {
	t.Helper()
	desired, err := d.conn.LoadSQL(context.Background(), "after.sql", desiredSQL)
	if err != nil {
		t.Fatal(err)
	}
	changes := diff.Compute(actual, desired)
	script, err := d.conn.Render(actual, diff.Apply(actual, changes), changes)
	if err != nil {
		t.Fatal(err)
	}
	return script
}

// apply renders and applies the changes from actual to desired, and
// returns the script that ran.
func (d *testDB) apply(t *testing.T, actual, desired *schema.Schema) *dialect.Script {
	t.Helper()
	changes := diff.Compute(actual, desired)
	script, err := d.conn.Render(actual, desired, changes)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.conn.Apply(context.Background(), script); err != nil {
		t.Fatalf("apply: %v", err)
	}
	return script
}
