package bench

import (
	"context"
	"database/sql"
	"fmt"
	"os"

	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/schema"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// execAll runs statements on a fresh SQLite file at path, inside one
// transaction, with the journal off: fixtures are rebuilt, not recovered.
func execAll(ctx context.Context, path string, stmts []string) error {
	if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("removing old fixture %s: %w", path, err)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(off)&_pragma=synchronous(off)")
	if err != nil {
		return fmt.Errorf("opening fixture %s: %w", path, err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	all := append(append([]string{"BEGIN"}, stmts...), "COMMIT", "ANALYZE")
	for _, q := range all {
		if _, err := db.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("building fixture %s: %q: %w", path, q, err)
		}
	}
	return nil
}

// series is a recursive CTE yielding i = 1..n.
func series(n int) string {
	return fmt.Sprintf("WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %d) ", n)
}

// WriteSchemaDB creates a SQLite file at path holding schema s (from
// Generate) with rows rows per table. About one row in seven has a code
// longer than 20 characters, one in eleven a non-numeric qty, one in five
// a NULL code, and owner_id points past the first table's rows for some,
// so the probes of Mutate's changes find rows and fetch samples.
func WriteSchemaDB(ctx context.Context, path string, s *schema.Schema, rows int) error {
	stmts := DDL(s)
	for _, t := range s.Tables {
		stmts = append(stmts, series(rows)+fmt.Sprintf(`INSERT INTO %s (name, code, qty, amount, note, owner_id)
SELECT 'name ' || i,
  CASE WHEN i %% 5 = 0 THEN NULL WHEN i %% 7 = 0 THEN printf('%%030d', i) WHEN i %% 13 = 0 THEN 'dup' ELSE 'c' || i END,
  CASE WHEN i %% 11 = 0 THEN 'n/a' ELSE CAST(i AS TEXT) END,
  i * 1.5, 'note ' || i, i * 3
FROM s`, quote(t.Name)))
	}
	return execAll(ctx, path, stmts)
}

// BigTable describes the probe fixture: table "t" with Rows rows and a
// parent table "p" with Parents rows.
type BigTable struct {
	Rows    int
	Parents int
	// Tail puts the offending rows in the last 1% of the table (10 per
	// check per million rows) instead of one in a thousand all through it,
	// so that fetching samples reads almost the whole table.
	Tail bool
}

// Offending is how many rows each check of the fixture finds.
func (b BigTable) Offending() int64 {
	if b.Tail {
		return int64(b.Rows / 100 / 1000)
	}
	return int64(b.Rows / 1000)
}

// off is the SQL predicate on i selecting the rows that offend check k.
func (b BigTable) off(k int) string {
	if b.Tail {
		return fmt.Sprintf("(i > %d AND i %% 1000 = %d)", b.Rows-b.Rows/100, k)
	}
	return fmt.Sprintf("(i %% 1000 = %d)", k)
}

// Write creates the fixture at path. Columns:
//
//	code      VARCHAR(40): offending rows are 30 characters long (shrink to VARCHAR(20))
//	qty       TEXT: offending rows hold 'n/a', '12.5' or '99999999999' (to INTEGER)
//	note      TEXT: offending rows are NULL (SET NOT NULL)
//	price     REAL: offending rows are 0 (CHECK (price > 0))
//	email     TEXT: offending rows repeat the previous row's email (UNIQUE)
//	parent_id INTEGER: offending rows point past p (FOREIGN KEY), a few are NULL
func (b BigTable) Write(ctx context.Context, path string) error {
	parentOf := fmt.Sprintf("CASE WHEN %s THEN %d + i WHEN %s THEN NULL ELSE i %% %d + 1 END", b.off(7), b.Parents, b.off(8), b.Parents)
	stmts := []string{
		`CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT NOT NULL)`,
		`CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  code VARCHAR(40),
  qty TEXT,
  note TEXT,
  price REAL NOT NULL,
  email TEXT,
  parent_id INTEGER
)`,
		series(b.Parents) + `INSERT INTO p (id, name) SELECT i, 'parent ' || i FROM s`,
		series(b.Rows) + fmt.Sprintf(`INSERT INTO t (id, code, qty, note, price, email, parent_id)
SELECT i,
  CASE WHEN %s THEN printf('C%%029d', i) ELSE printf('C%%07d', i) END,
  CASE WHEN %s THEN 'n/a' WHEN %s THEN '12.5' WHEN %s THEN '99999999999' ELSE CAST(i %% 5000 AS TEXT) END,
  CASE WHEN %s THEN NULL ELSE 'note for row ' || i END,
  CASE WHEN %s THEN 0 ELSE (i %% 100) + 0.5 END,
  'user' || CASE WHEN %s THEN i - 1 ELSE i END || '@example.com',
  %s
FROM s`, b.off(0), b.off(1), b.off(2), b.off(3), b.off(4), b.off(5), b.off(6), parentOf),
	}
	return execAll(ctx, path, stmts)
}

// RowChecks are the row-level checks of the probe benchmark, built the way
// risk.Classify builds them: VARCHAR(40) → VARCHAR(20) on code, TEXT →
// INTEGER on qty, SET NOT NULL on note and CHECK (price > 0).
func RowChecks() []probe.Check {
	fit := func(col string, from, to schema.Type) probe.Check {
		return probe.Check{Kind: probe.Fit, Table: "t", Column: col, From: from, To: to, Conds: probe.FitConds(from, to), Key: []string{"id"}}
	}
	return []probe.Check{
		fit("code", varchar(40), varchar(20)),
		fit("qty", typeText, typeInt),
		{Kind: probe.Nulls, Table: "t", Column: "note", Key: []string{"id"}},
		{Kind: probe.CheckFails, Table: "t", Expr: "price > 0", Key: []string{"id"}},
	}
}

// DuplicateCheck is the check of adding UNIQUE (email).
func DuplicateCheck() probe.Check {
	return probe.Check{Kind: probe.Duplicates, Table: "t", Columns: []string{"email"}, Key: []string{"id"}}
}

// OrphanCheck is the check of adding FOREIGN KEY (parent_id) REFERENCES p (id).
func OrphanCheck() probe.Check {
	return probe.Check{Kind: probe.Orphans, Table: "t", Columns: []string{"parent_id"}, RefTable: "p", RefColumns: []string{"id"}, Key: []string{"id"}}
}
