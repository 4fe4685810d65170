package sqlite_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"sync"
	"testing"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/dialect/dialecttest"
	"github.com/schemaguard/schemaguard/dialect/sqlite"
)

// TestConformance runs the dialect suite on SQLite files in temporary directories.
func TestConformance(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	paths := map[dialect.Conn]string{}
	open := func(t *testing.T) dialect.Conn {
		c, path := openFresh(t)
		mu.Lock()
		paths[c] = path
		mu.Unlock()
		return c
	}
	exec := func(t *testing.T, c dialect.Conn, q string) {
		t.Helper()
		if err := c.(*sqlite.Conn).Exec(context.Background(), q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	reconnect := func(t *testing.T, c dialect.Conn) dialect.Conn {
		mu.Lock()
		path := paths[c]
		mu.Unlock()
		return connect(t, path)
	}
	dialecttest.Run(t, open, exec, dialecttest.Options{Reconnect: reconnect})
}

func openFresh(t *testing.T) (dialect.Conn, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "conformance.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	// Writing the header creates the file: Open refuses a missing one.
	if _, err := db.Exec("PRAGMA user_version = 1"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	return connect(t, path), path
}

func connect(t *testing.T, path string) dialect.Conn {
	t.Helper()
	c, err := dialect.Open(context.Background(), "sqlite:"+path, dialect.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}
