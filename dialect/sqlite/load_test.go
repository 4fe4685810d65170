package sqlite

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemaguard/schemaguard/dialect"
)

// SQLite accepts a foreign key to a column that is neither the primary
// key nor unique, then fails every write to the child table: the desired
// state that declares one is refused with SQLite's own words.
func TestLoadSQLForeignKeyMismatch(t *testing.T) {
	ctx := context.Background()
	c, err := OpenMemory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ddl := "CREATE TABLE team (id INTEGER PRIMARY KEY, grp INTEGER);\nCREATE TABLE player (id INTEGER PRIMARY KEY, grp INTEGER REFERENCES team (grp));\n"
	_, err = c.LoadSQL(ctx, "schema.sql", ddl)
	if !errors.Is(err, dialect.ErrBadInput) || !strings.Contains(err.Error(), "foreign key mismatch") || !strings.Contains(err.Error(), "schema.sql") {
		t.Fatalf("err = %v, want ErrBadInput with SQLite's foreign key mismatch and the file", err)
	}
	ok := strings.Replace(ddl, "grp INTEGER);", "grp INTEGER UNIQUE);", 1)
	if _, err := c.LoadSQL(ctx, "schema.sql", ok); err != nil {
		t.Fatalf("with a unique parent key: %v", err)
	}
}

// An error names the line its statement starts on, after block comments.
func TestLoadSQLErrorLine(t *testing.T) {
	ctx := context.Background()
	c, err := OpenMemory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ddl := "CREATE TABLE a (id INTEGER);\n/* the next\n   statement\n   is wrong */\nCREATE TABLE b (id INTEGER,);\n"
	_, err = c.LoadSQL(ctx, "s.sql", ddl)
	if err == nil || !strings.Contains(err.Error(), "s.sql:5:") {
		t.Fatalf("err = %v, want s.sql:5:", err)
	}
}

func TestLoadSQLRefusesOtherFiles(t *testing.T) {
	ctx := context.Background()
	c, err := OpenMemory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	live := filepath.Join(t.TempDir(), "live.db")
	_, err = c.LoadSQL(ctx, "s.sql", "CREATE TABLE t (id INTEGER);\nATTACH DATABASE '"+live+"' AS live;\n")
	if !errors.Is(err, dialect.ErrBadInput) || !strings.Contains(err.Error(), "s.sql:2: ATTACH") {
		t.Fatalf("err = %v, want ATTACH refused at s.sql:2", err)
	}
	if _, serr := os.Stat(live); serr == nil {
		t.Errorf("ATTACH created %s", live)
	}
}

// A syntax error inside a long statement points at the line of the token
// SQLite names, when that token occurs once in the statement; else at the
// statement's first line.
func TestLoadSQLErrorLineInsideStatement(t *testing.T) {
	ctx := context.Background()
	c, err := OpenMemory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for _, tt := range []struct{ ddl, want string }{
		{"CREATE TABLE a (id INTEGER);\n-- a comment\nCREATE TABLE b (\n  id INTEGER PRIMARY KEY,\n  x INTEGER NOT NUL\n);\n", "s.sql:5:"},
		{"/* lead */\nCREATE TABLE b (\n  id INTEGER,\n  x INTEGER,\n);\n", "s.sql:5:"},
		// "," occurs more than once: the statement's first line.
		{"/* lead */\nCREATE TABLE b (\n  x INTEGER,,\n  y INTEGER\n);\n", "s.sql:2:"},
	} {
		_, err = c.LoadSQL(ctx, "s.sql", tt.ddl)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("err = %v, want %s", err, tt.want)
		}
	}
}
