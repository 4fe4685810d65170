package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"testing"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/internal/testdb"
)

// newDB creates an empty database for one test and drops it afterwards.
func newDB(t *testing.T) string {
	t.Helper()
	base := testdb.Postgres(t)
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	name := "sgtest_" + randHex(6)
	if _, err := admin.Exec("CREATE DATABASE " + quoteIdent(name)); err != nil {
		admin.Close()
		t.Fatalf("creating test database: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + quoteIdent(name) + " WITH (FORCE)"); err != nil {
			t.Errorf("dropping %s: %v", name, err)
		}
		admin.Close()
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// open connects the dialect to a database and closes it at the end of the test.
func open(t *testing.T, u string, opts dialect.OpenOptions) *Conn {
	t.Helper()
	c, err := (&Dialect{}).Open(context.Background(), u, opts)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	return c.(*Conn)
}

// run executes SQL on a database through a separate connection.
func run(t *testing.T, u string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("pgx", u)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("running %s: %v", s, err)
		}
	}
}

func describe(v any) string { return fmt.Sprintf("%+v", v) }

// countRows runs a count query on a database through a separate connection.
func countRows(t *testing.T, u, q string) int64 {
	t.Helper()
	db, err := sql.Open("pgx", u)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int64
	if err := db.QueryRow(q).Scan(&n); err != nil {
		t.Fatalf("running %s: %v", q, err)
	}
	return n
}
