package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"io/fs"
	"os/exec"
	"strings"
	"testing"

	"github.com/schemaguard/schemaguard/bench"

	"github.com/schemaguard/schemaguard/dialect"
	pg "github.com/schemaguard/schemaguard/dialect/postgres"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/risk"
	"github.com/schemaguard/schemaguard/schema"
	"github.com/schemaguard/schemaguard/source"
)

// planDocType is what verify does with a DocType folder, short of probes
// and reports: load and normalize the desired state (no scratch database),
// inspect the database, diff and classify. It returns the change count.
func planDocType(ctx context.Context, conn dialect.Conn, fsys fs.FS) (int, error) {
	desired, err := source.LoadDocTypesFS(fsys, ".", &pg.Dialect{})
	if err != nil {
		return 0, err
	}
	desired, err = conn.Normalize(ctx, desired)
	if err != nil {
		return 0, err
	}
	actual, err := conn.Inspect(ctx, nil)
	if err != nil {
		return 0, err
	}
	return classify(actual, desired), nil
}

func classify(actual, desired *schema.Schema) int {
	changes := diff.Compute(actual, desired)
	for _, c := range changes {
		risk.Classify(c, actual)
	}
	return len(changes)
}

// BenchmarkSchema times, for generated schemas of 100, 500 and 2,000
// tables (SCHEMAGUARD_BENCH_PG_TABLES overrides), a DocType plan (load,
// normalize without a scratch database, inspect, diff, classify) next to
// the raw catalog queries and pg_dump --schema-only on the same database,
// and the SQL desired state, which loads into a scratch database.
func BenchmarkSchema(b *testing.B) {
	ctx := context.Background()
	for _, n := range envList(b, "SCHEMAGUARD_BENCH_PG_TABLES", []int{100, 500, 2000}) {
		u := fixtureDB(b, fmt.Sprintf("sgbench_schema_%d_v1", n), buildSchema(n))
		fsys := DocTypes(n, false)
		open := func(b *testing.B) dialect.Conn {
			conn, err := dialect.Open(ctx, u, dialect.OpenOptions{ReadOnly: true})
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { conn.Close() })
			return conn
		}
		b.Run(fmt.Sprintf("tables=%d/open+plan-doctype", n), func(b *testing.B) {
			changes := 0
			for b.Loop() {
				conn, err := dialect.Open(ctx, u, dialect.OpenOptions{ReadOnly: true})
				if err != nil {
					b.Fatal(err)
				}
				if changes, err = planDocType(ctx, conn, fsys); err != nil {
					b.Fatal(err)
				}
				conn.Close()
			}
			if changes == 0 {
				b.Fatal("the drifted fixture gave no changes")
			}
			b.ReportMetric(float64(changes), "changes")
		})
		b.Run(fmt.Sprintf("tables=%d/plan-doctype", n), func(b *testing.B) {
			conn := open(b)
			for b.Loop() {
				if _, err := planDocType(ctx, conn, fsys); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("tables=%d/load+normalize-doctype", n), func(b *testing.B) {
			conn := open(b)
			for b.Loop() {
				desired, err := source.LoadDocTypesFS(fsys, ".", &pg.Dialect{})
				if err != nil {
					b.Fatal(err)
				}
				if _, err := conn.Normalize(ctx, desired); err != nil {
					b.Fatal(err)
				}
			}
		})
		// The plan without reading the DocType files: normalize (no scratch
		// database), inspect, diff and classify.
		b.Run(fmt.Sprintf("tables=%d/normalize+inspect+diff+classify", n), func(b *testing.B) {
			conn := open(b)
			loaded, err := source.LoadDocTypesFS(fsys, ".", &pg.Dialect{})
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				desired, err := conn.Normalize(ctx, loaded)
				if err != nil {
					b.Fatal(err)
				}
				actual, err := conn.Inspect(ctx, nil)
				if err != nil {
					b.Fatal(err)
				}
				classify(actual, desired)
			}
		})
		// The DocType files alone, parsed and built: the part of the plan
		// that is neither the database nor this adapter.
		b.Run(fmt.Sprintf("tables=%d/load-doctype", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := source.LoadDocTypesFS(fsys, ".", &pg.Dialect{}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("tables=%d/inspect", n), func(b *testing.B) {
			conn := open(b)
			var s *schema.Schema
			var err error
			for b.Loop() {
				if s, err = conn.Inspect(ctx, nil); err != nil {
					b.Fatal(err)
				}
			}
			if len(s.Tables) != n {
				b.Fatalf("inspected %d tables, want %d", len(s.Tables), n)
			}
		})
		b.Run(fmt.Sprintf("tables=%d/baseline-catalog-queries", n), func(b *testing.B) {
			db, err := sql.Open("pgx", u)
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			c, err := db.Conn(ctx)
			if err != nil {
				b.Fatal(err)
			}
			defer c.Close()
			for b.Loop() {
				for i, q := range pg.CatalogQueries() {
					var args []any
					if i > 0 {
						args = []any{[]string{"public"}}
					}
					if _, err := bench.Drain(ctx, c, q, args...); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
		b.Run(fmt.Sprintf("tables=%d/baseline-pg-dump-schema-only", n), func(b *testing.B) {
			if _, err := exec.LookPath("pg_dump"); err != nil {
				b.Skip("pg_dump is not installed")
			}
			for b.Loop() {
				cmd := exec.CommandContext(ctx, "pg_dump", "--schema-only", "--dbname", u)
				var stderr strings.Builder
				cmd.Stdout, cmd.Stderr = io.Discard, &stderr
				if err := cmd.Run(); err != nil {
					b.Fatalf("pg_dump: %v: %s", err, stderr.String())
				}
			}
		})
		b.Run(fmt.Sprintf("tables=%d/load-sql", n), func(b *testing.B) {
			conn := open(b)
			ddl, _, err := DesiredDDL(ctx, conn, fsys)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(len(ddl)), "ddl-bytes")
			for b.Loop() {
				if _, err := conn.LoadSQL(ctx, "desired.sql", ddl); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("tables=%d/open+plan-sql", n), func(b *testing.B) {
			conn := open(b)
			ddl, _, err := DesiredDDL(ctx, conn, fsys)
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				c, err := dialect.Open(ctx, u, dialect.OpenOptions{})
				if err != nil {
					b.Fatal(err)
				}
				desired, err := c.LoadSQL(ctx, "desired.sql", ddl)
				if err != nil {
					b.Fatal(err)
				}
				actual, err := c.Inspect(ctx, nil)
				if err != nil {
					b.Fatal(err)
				}
				classify(actual, desired)
				c.Close()
			}
		})
	}
}
