package acceptance

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"path/filepath"
	"testing"

	driver "github.com/go-sql-driver/mysql"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/dialect/mysql"
	_ "github.com/schemaguard/schemaguard/dialect/postgres"
	"github.com/schemaguard/schemaguard/dialect/sqlite"
	"github.com/schemaguard/schemaguard/internal/testdb"
)

// database is one fresh, empty database of a target. Raw is a separate
// handle for fixtures and checks: it does not enforce foreign keys where the
// engine lets it choose, so a fixture can hold orphans.
type database struct {
	raw *sql.DB
	url string
	// schemas are the OpenOptions.Schemas schemaguard connects with
	// (options.txt "schema" lines; none: the dialect's default).
	schemas []string
}

// target is one dialect the suite runs on. A new dialect plugs in with one
// entry: a name matching dialect.Name() and a function that creates a fresh
// database (skipping the test when its server is missing).
type target struct {
	name  string
	fresh func(t *testing.T) *database
}

// targets are the dialects of the suite. SQLite always runs; the servers
// come from internal/testdb, which skips without them (and fails under CI=true).
var targets = []target{
	{name: "sqlite", fresh: freshSQLite},
	{name: "postgres", fresh: freshPostgres},
	{name: "mysql", fresh: freshMySQL},
}

func freshSQLite(t *testing.T) *database {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.db")
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	raw.SetMaxOpenConns(1)
	t.Cleanup(func() { raw.Close() })
	// Writing the header creates the file, which the dialect requires to exist.
	if _, err := raw.Exec("PRAGMA user_version = 1"); err != nil {
		t.Fatal(err)
	}
	return &database{raw: raw, url: "sqlite:" + path}
}

func randomName() string {
	var b [5]byte
	_, _ = rand.Read(b[:])
	return "sgaccept_" + hex.EncodeToString(b[:])
}

func freshPostgres(t *testing.T) *database {
	t.Helper()
	base := testdb.Postgres(t)
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	name := randomName()
	if _, err := admin.Exec(`CREATE DATABASE "` + name + `"`); err != nil {
		admin.Close()
		t.Fatalf("creating test database: %v", err)
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	raw, err := sql.Open("pgx", u.String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		raw.Close()
		if _, err := admin.Exec(`DROP DATABASE IF EXISTS "` + name + `" WITH (FORCE)`); err != nil {
			t.Errorf("dropping %s: %v", name, err)
		}
		admin.Close()
	})
	return &database{raw: raw, url: u.String()}
}

func freshMySQL(t *testing.T) *database {
	t.Helper()
	base := testdb.MySQL(t)
	cfg, err := mysql.ParseURL(base)
	if err != nil {
		t.Fatal(err)
	}
	root, err := openMySQL(cfg)
	if err != nil {
		t.Fatal(err)
	}
	name := randomName()
	if _, err := root.Exec("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci"); err != nil {
		root.Close()
		t.Fatal(err)
	}
	rc := cfg.Clone()
	rc.DBName = name
	raw, err := openMySQL(rc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		raw.Close()
		_, _ = root.Exec("DROP DATABASE IF EXISTS " + name)
		root.Close()
	})
	u, _ := url.Parse(base)
	u.Path = "/" + name
	return &database{raw: raw, url: u.String()}
}

func openMySQL(cfg *driver.Config) (*sql.DB, error) {
	c, err := driver.NewConnector(cfg)
	if err != nil {
		return nil, err
	}
	return sql.OpenDB(c), nil
}

// connect opens the dialect's connection to the database.
func (d *database) connect(t *testing.T) dialect.Conn {
	t.Helper()
	c, err := dialect.Open(context.Background(), d.url, dialect.OpenOptions{Schemas: d.schemas})
	if err != nil {
		t.Fatalf("opening %s: %v", dialect.Redact(d.url), err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// exec runs a SQL file statement by statement on the raw handle.
func (d *database) exec(t *testing.T, name, text string) {
	t.Helper()
	for _, st := range sqlite.SplitStatements(text) {
		if _, err := d.raw.Exec(st.SQL); err != nil {
			t.Fatalf("%s:%d: %v\n%s", name, st.Line, err, st.SQL)
		}
	}
}

// query returns the first column of the first row, as text.
func (d *database) query(t *testing.T, q string) string {
	t.Helper()
	var v sql.NullString
	if err := d.raw.QueryRow(q).Scan(&v); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	if !v.Valid {
		return "NULL"
	}
	return v.String
}
