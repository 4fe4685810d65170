package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"testing"

	"github.com/schemaguard/schemaguard/bench"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/schema"
)

// bigTable is the probe fixture: table t with rows rows, one in a thousand
// offending each check, spread through the table, and parent table p with
// 10,000 rows. Columns:
//
//	code      varchar(40): offending rows are 30 characters long (shrink to varchar(20))
//	qty       text: offending rows hold 'n/a', '12.5' or '99999999999' (to integer)
//	note      text: offending rows are NULL (SET NOT NULL)
//	price     real: offending rows are 0 (CHECK (price > 0))
//	email     text: offending rows repeat the previous row's email (UNIQUE)
//	parent_id integer: offending rows point past p (FOREIGN KEY), as many are NULL
func bigTable(rows int) func(ctx context.Context, u string) error {
	return func(ctx context.Context, u string) error {
		off := func(k int) string { return fmt.Sprintf("(i %% 1000 = %d)", k) }
		stmts := []string{
			`CREATE TABLE p (id integer PRIMARY KEY, name text NOT NULL)`,
			`INSERT INTO p SELECT i, 'parent ' || i FROM generate_series(1, 10000) i`,
			`CREATE UNLOGGED TABLE t_load (
  id bigint NOT NULL,
  code varchar(40),
  qty text,
  note text,
  price real NOT NULL,
  email text,
  parent_id integer
)`,
			fmt.Sprintf(`INSERT INTO t_load
SELECT i,
  CASE WHEN %s THEN 'C' || lpad(i::text, 29, '0') ELSE 'C' || lpad(i::text, 7, '0') END,
  CASE WHEN %s THEN 'n/a' WHEN %s THEN '12.5' WHEN %s THEN '99999999999' ELSE (i %% 5000)::text END,
  CASE WHEN %s THEN NULL ELSE 'note for row ' || i END,
  CASE WHEN %s THEN 0 ELSE (i %% 100) + 0.5 END,
  'user' || CASE WHEN %s THEN i - 1 ELSE i END || '@example.com',
  CASE WHEN %s THEN 10000 + i WHEN %s THEN NULL ELSE i %% 10000 + 1 END
FROM generate_series(1, %d) i`, off(0), off(1), off(2), off(3), off(4), off(5), off(6), off(7), off(8), rows),
			// A logged copy, so the table is what users have.
			`CREATE TABLE t (LIKE t_load INCLUDING ALL)`,
			`INSERT INTO t SELECT * FROM t_load ORDER BY id`,
			`DROP TABLE t_load`,
			`ALTER TABLE t ADD PRIMARY KEY (id)`,
		}
		db, err := sql.Open("pgx", u)
		if err != nil {
			return err
		}
		defer db.Close()
		for _, q := range stmts {
			if _, err := db.ExecContext(ctx, q); err != nil {
				return fmt.Errorf("%s: %w", q, err)
			}
		}
		// VACUUM sets hint bits and the visibility map, so the first timed
		// scan does not pay for them.
		_, err = db.ExecContext(ctx, "VACUUM (FREEZE, ANALYZE) t, p")
		return err
	}
}

func varchar(n int) schema.Type {
	return schema.Type{Kind: schema.KindString, Raw: fmt.Sprintf("character varying(%d)", n), Length: n}
}

var (
	typeText = schema.Type{Kind: schema.KindText, Raw: "text"}
	typeInt  = schema.Type{Kind: schema.KindInt, Raw: "integer"}
)

// rowChecks are the row-level checks of the fixture, built the way
// risk.Classify builds them.
func rowChecks() []probe.Check {
	fit := func(col string, from, to schema.Type) probe.Check {
		return probe.Check{Kind: probe.Fit, Schema: "public", Table: "t", Column: col, From: from, To: to, Conds: probe.FitConds(from, to), Key: []string{"id"}}
	}
	return []probe.Check{
		fit("code", varchar(40), varchar(20)),
		fit("qty", typeText, typeInt),
		{Kind: probe.Nulls, Schema: "public", Table: "t", Column: "note", Key: []string{"id"}},
		{Kind: probe.CheckFails, Schema: "public", Table: "t", Expr: "price > 0", Key: []string{"id"}},
	}
}

func duplicateCheck() probe.Check {
	return probe.Check{Kind: probe.Duplicates, Schema: "public", Table: "t", Columns: []string{"email"}, Key: []string{"id"}}
}

func orphanCheck() probe.Check {
	return probe.Check{Kind: probe.Orphans, Schema: "public", Table: "t", Columns: []string{"parent_id"}, RefTable: "p", RefColumns: []string{"id"}, Key: []string{"id"}}
}

// The baselines: what the server must do at the least to read the same
// columns or answer the same question.
const (
	plainCount      = `SELECT count(*) FROM t`
	scanSameColumns = `SELECT count(code), count(qty), count(note), count(price) FROM t`
	plainDuplicates = `SELECT count(*) FROM (SELECT email FROM t GROUP BY email HAVING count(*) > 1) g`
	plainOrphans    = `SELECT count(*) FROM t WHERE parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM p WHERE p.id = t.parent_id)`
)

// BenchmarkProbe times Conn.Probe on a 10,000,000-row table
// (SCHEMAGUARD_BENCH_PG_ROWS overrides) next to plain queries over the same
// columns. Run it with -benchtime 1x -count 5.
func BenchmarkProbe(b *testing.B) {
	ctx := context.Background()
	rows := envList(b, "SCHEMAGUARD_BENCH_PG_ROWS", []int{10_000_000})[0]
	u := fixtureDB(b, fmt.Sprintf("sgbench_probe_%d_v1", rows), bigTable(rows))
	open := func(b *testing.B) dialect.Conn {
		conn, err := dialect.Open(ctx, u, dialect.OpenOptions{ReadOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { conn.Close() })
		return conn
	}
	raw := func(b *testing.B) *sql.Conn {
		db, err := sql.Open("pgx", u)
		if err != nil {
			b.Fatal(err)
		}
		c, err := db.Conn(ctx)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { c.Close(); db.Close() })
		return c
	}
	off := int64(rows / 1000)
	b.Run("verify-fixture", func(b *testing.B) {
		conn := open(b)
		checks := append(rowChecks(), duplicateCheck(), orphanCheck())
		res, err := conn.Probe(ctx, checks, probe.Options{})
		if err != nil {
			b.Fatal(err)
		}
		want := []int64{off, 3 * off, off, off, off, off}
		for i, r := range res {
			if r.Status != probe.Exact || r.Affected != want[i] || len(r.Samples) != probe.MaxSamples {
				b.Fatalf("check %d (%s): %s, %d rows, %d samples; want exact %d with %d samples (%v)", i, checks[i].Kind, r.Status, r.Affected, len(r.Samples), want[i], probe.MaxSamples, r.Err)
			}
		}
		for b.Loop() {
		}
	})
	query := func(name, q string) {
		b.Run(name, func(b *testing.B) {
			c := raw(b)
			for b.Loop() {
				if _, err := bench.Drain(ctx, c, q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	probes := func(name string, checks []probe.Check) {
		b.Run(name, func(b *testing.B) {
			conn := open(b)
			for b.Loop() {
				res, err := conn.Probe(ctx, checks, probe.Options{})
				if err != nil {
					b.Fatal(err)
				}
				for _, r := range res {
					if r.Status != probe.Exact {
						b.Fatalf("%s: %s %v", name, r.Status, r.Err)
					}
				}
			}
		})
	}
	query("baseline-count", plainCount)
	query("baseline-scan-same-columns", scanSameColumns)
	probes("rowlevel/probe", rowChecks())
	// The same pass split in two: the text-to-integer check, whose values
	// must be read as numbers, and the others.
	probes("rowlevel/probe-qty-only", rowChecks()[1:2])
	probes("rowlevel/probe-without-qty", append(rowChecks()[:1:1], rowChecks()[2:]...))
	query("duplicates/baseline-group-by", plainDuplicates)
	probes("duplicates/probe", []probe.Check{duplicateCheck()})
	query("orphans/baseline-anti-join", plainOrphans)
	probes("orphans/probe", []probe.Check{orphanCheck()})
}
