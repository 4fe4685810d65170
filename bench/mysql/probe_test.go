package mysql

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
//	price     double: offending rows are 0 (CHECK (price > 0))
//	email     varchar(100): offending rows repeat the previous row's email (UNIQUE)
//	parent_id int: offending rows point past p (FOREIGN KEY), as many are NULL
func bigTable(rows int) func(ctx context.Context, db *sql.DB) error {
	return func(ctx context.Context, db *sql.DB) error {
		off := func(k int) string { return fmt.Sprintf("(seq %% 1000 = %d)", k) }
		return execAll(ctx, db,
			`CREATE TABLE p (id int PRIMARY KEY, name varchar(40) NOT NULL)`,
			`INSERT INTO p SELECT seq, CONCAT('parent ', seq) FROM seq_1_to_10000`,
			`CREATE TABLE t (
  id bigint NOT NULL PRIMARY KEY,
  code varchar(40),
  qty text,
  note text,
  price double NOT NULL,
  email varchar(100),
  parent_id int
)`,
			fmt.Sprintf(`INSERT INTO t
SELECT seq,
  IF(%s, CONCAT('C', LPAD(seq, 29, '0')), CONCAT('C', LPAD(seq, 7, '0'))),
  CASE WHEN %s THEN 'n/a' WHEN %s THEN '12.5' WHEN %s THEN '99999999999' ELSE seq %% 5000 END,
  IF(%s, NULL, CONCAT('note for row ', seq)),
  IF(%s, 0, (seq %% 100) + 0.5),
  CONCAT('user', IF(%s, seq - 1, seq), '@example.com'),
  CASE WHEN %s THEN 10000 + seq WHEN %s THEN NULL ELSE seq %% 10000 + 1 END
FROM seq_1_to_%d`, off(0), off(1), off(2), off(3), off(4), off(5), off(6), off(7), off(8), rows),
			`ANALYZE TABLE t, p`,
		)
	}
}

func varchar(n int) schema.Type {
	return schema.Type{Kind: schema.KindString, Raw: fmt.Sprintf("varchar(%d)", n), Length: n}
}

var (
	typeText = schema.Type{Kind: schema.KindText, Raw: "text"}
	typeInt  = schema.Type{Kind: schema.KindInt, Raw: "int(11)"}
)

// rowChecks are the row-level checks of the fixture, built the way
// risk.Classify builds them.
func rowChecks() []probe.Check {
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

func duplicateCheck() probe.Check {
	return probe.Check{Kind: probe.Duplicates, Table: "t", Columns: []string{"email"}, Key: []string{"id"}}
}

func orphanCheck() probe.Check {
	return probe.Check{Kind: probe.Orphans, Table: "t", Columns: []string{"parent_id"}, RefTable: "p", RefColumns: []string{"id"}, Key: []string{"id"}}
}

// The baselines: what the server must do at the least to read the same
// columns or answer the same question.
const (
	plainCount      = `SELECT COUNT(*) FROM t`
	scanSameColumns = `SELECT COUNT(code), COUNT(qty), COUNT(note), COUNT(price) FROM t`
	plainDuplicates = `SELECT COUNT(*) FROM (SELECT email FROM t GROUP BY email HAVING COUNT(*) > 1) g`
	plainOrphans    = `SELECT COUNT(*) FROM t WHERE parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM p WHERE p.id = t.parent_id)`
)

// verified lists the fixtures whose counts were checked in this process.
var verified = map[string]bool{}

// BenchmarkProbe times Conn.Probe on a 5,000,000-row table
// (SCHEMAGUARD_BENCH_MYSQL_ROWS overrides) next to plain queries over the
// same columns. Run it with -benchtime 1x -count 5.
func BenchmarkProbe(b *testing.B) {
	ctx := context.Background()
	rows := envList(b, "SCHEMAGUARD_BENCH_MYSQL_ROWS", []int{5_000_000})[0]
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
		db := rawDB(b, u)
		c, err := db.Conn(ctx)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { c.Close(); db.Close() })
		return c
	}
	off := int64(rows / 1000)
	b.Run("verify-fixture", func(b *testing.B) {
		// -count runs every sub-benchmark again: check the fixture once.
		if verified[u] {
			b.Skip("fixture already verified in this run")
		}
		verified[u] = true
		conn := open(b)
		checks := append(rowChecks(), duplicateCheck(), orphanCheck())
		res, err := conn.Probe(ctx, checks, probe.Options{TimeoutSeconds: 600})
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
				res, err := conn.Probe(ctx, checks, probe.Options{TimeoutSeconds: 600})
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
	query("duplicates/baseline-group-by", plainDuplicates)
	probes("duplicates/probe", []probe.Check{duplicateCheck()})
	query("orphans/baseline-anti-join", plainOrphans)
	probes("orphans/probe", []probe.Check{orphanCheck()})
}
