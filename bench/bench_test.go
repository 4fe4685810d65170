package bench

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/risk"
	"github.com/schemaguard/schemaguard/schema"

	_ "github.com/schemaguard/schemaguard/dialect/sqlite" // registers sqlite:
)

// Fixtures are built once per process, in SCHEMAGUARD_BENCH_DIR when it is
// set (and then kept and reused across runs) or else in a temporary
// directory removed when the benchmarks end.
var (
	tempDir   string
	fixtureMu sync.Mutex
)

func TestMain(m *testing.M) {
	code := m.Run()
	if tempDir != "" {
		os.RemoveAll(tempDir)
	}
	os.Exit(code)
}

// fixture returns the path of the named fixture, building it with build
// when it does not exist yet. Only benchmarks call it.
func fixture(b *testing.B, name string, build func(ctx context.Context, path string) error) string {
	b.Helper()
	fixtureMu.Lock()
	defer fixtureMu.Unlock()
	dir := os.Getenv("SCHEMAGUARD_BENCH_DIR")
	if dir == "" {
		if tempDir == "" {
			d, err := os.MkdirTemp("", "schemaguard-bench-")
			if err != nil {
				b.Fatal(err)
			}
			tempDir = d
		}
		dir = tempDir
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if _, err := os.Stat(path); err == nil {
		return path
	}
	tmp := path + ".building"
	if err := build(context.Background(), tmp); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	return path
}

// envInt reads a size override such as SCHEMAGUARD_BENCH_ROWS.
func envInt(b *testing.B, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		b.Fatalf("%s=%q: want a positive integer", name, v)
	}
	return n
}

// BenchmarkDiffClassify times diff.Compute plus risk.Classify of every
// change between a generated 2,000-table schema and a copy with a few
// hundred edits: the in-memory part of a plan.
func BenchmarkDiffClassify(b *testing.B) {
	tables := envInt(b, "SCHEMAGUARD_BENCH_TABLES", 2000)
	actual := Generate(tables, 1)
	desired := Mutate(actual, 300, 2, true)
	changes := diff.Compute(actual, desired)
	checks := 0
	for _, c := range changes {
		if risk.Classify(c, actual).Check != nil {
			checks++
		}
	}
	b.Logf("%d tables, %d changes, %d with a probe", tables, len(changes), checks)

	b.Run(fmt.Sprintf("tables=%d/compute+classify", tables), func(b *testing.B) {
		for b.Loop() {
			for _, c := range diff.Compute(actual, desired) {
				risk.Classify(c, actual)
			}
		}
		b.ReportMetric(float64(len(changes)), "changes")
	})
	b.Run(fmt.Sprintf("tables=%d/compute", tables), func(b *testing.B) {
		for b.Loop() {
			diff.Compute(actual, desired)
		}
	})
	// Baseline: hashing the actual schema, which every plan does once.
	b.Run(fmt.Sprintf("tables=%d/baseline-hash", tables), func(b *testing.B) {
		for b.Loop() {
			actual.Hash()
		}
	})
}

// schemaDB is the 500-table SQLite file, shared with scripts/bench.sh
// through bench/cmd/benchgen.
func schemaDB(b *testing.B, tables, rows int) string {
	return fixture(b, fmt.Sprintf("schema-%d-%d-v1.db", tables, rows), func(ctx context.Context, path string) error {
		return WriteSchemaDB(ctx, path, Generate(tables, 1), rows)
	})
}

// BenchmarkInspect times Conn.Inspect of a 500-table SQLite file, next to
// a plain read of sqlite_master (the least any inspection must do).
func BenchmarkInspect(b *testing.B) {
	tables := envInt(b, "SCHEMAGUARD_BENCH_INSPECT_TABLES", 500)
	path := schemaDB(b, tables, 20)
	ctx := context.Background()
	conn, err := dialect.Open(ctx, "sqlite:"+path, dialect.OpenOptions{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close()
	raw := rawConn(b, path)

	b.Run(fmt.Sprintf("tables=%d/inspect", tables), func(b *testing.B) {
		var s *schema.Schema
		for b.Loop() {
			if s, err = conn.Inspect(ctx, nil); err != nil {
				b.Fatal(err)
			}
		}
		if len(s.Tables) != tables {
			b.Fatalf("inspected %d tables, want %d", len(s.Tables), tables)
		}
	})
	b.Run(fmt.Sprintf("tables=%d/open+inspect", tables), func(b *testing.B) {
		for b.Loop() {
			c, err := dialect.Open(ctx, "sqlite:"+path, dialect.OpenOptions{ReadOnly: true})
			if err != nil {
				b.Fatal(err)
			}
			if _, err := c.Inspect(ctx, nil); err != nil {
				b.Fatal(err)
			}
			c.Close()
		}
	})
	b.Run(fmt.Sprintf("tables=%d/baseline-read-master", tables), func(b *testing.B) {
		for b.Loop() {
			rows, err := raw.QueryContext(ctx, `SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master`)
			if err != nil {
				b.Fatal(err)
			}
			for rows.Next() {
				var a, n, t, s string
				if err := rows.Scan(&a, &n, &t, &s); err != nil {
					b.Fatal(err)
				}
			}
			rows.Close()
		}
	})
}

// rawConn opens the file the way the dialect does for verify, for the
// baseline queries.
func rawConn(b *testing.B, path string) *sql.Conn {
	b.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)&_pragma=foreign_keys(1)&mode=ro")
	if err != nil {
		b.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	c, err := db.Conn(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { c.Close(); db.Close() })
	return c
}

// BenchmarkProbe times Conn.Probe on the big table next to plain queries
// over the same columns, for both layouts of the offending rows.
func BenchmarkProbe(b *testing.B) {
	rows := envInt(b, "SCHEMAGUARD_BENCH_ROWS", 1_000_000)
	for _, tail := range []bool{false, true} {
		layout := "spread"
		if tail {
			layout = "tail"
		}
		b.Run(fmt.Sprintf("rows=%d/layout=%s", rows, layout), func(b *testing.B) {
			bt := BigTable{Rows: rows, Parents: 10_000, Tail: tail}
			path := fixture(b, fmt.Sprintf("big-%d-%s-v1.db", rows, layout), bt.Write)
			benchProbe(b, path, bt)
		})
	}
}

func benchProbe(b *testing.B, path string, bt BigTable) {
	ctx := context.Background()
	// Each sub-benchmark opens its own connection and closes it: a second
	// open connection on the same file was seen to slow the probe's anti-join
	// 3.5x (docs/benchmarks.md), which would not be a fair comparison.
	open := func(b *testing.B) dialect.Conn {
		conn, err := dialect.Open(ctx, "sqlite:"+path, dialect.OpenOptions{ReadOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { conn.Close() })
		return conn
	}
	b.Run("verify-fixture", func(b *testing.B) {
		conn, raw := open(b), rawConn(b, path)
		if err := verifyFixture(ctx, conn, raw, bt); err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
		}
	})

	query := func(name, q string) {
		b.Run(name, func(b *testing.B) {
			raw := rawConn(b, path)
			for b.Loop() {
				if _, err := Drain(ctx, raw, q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	probes := func(name string, checks []probe.Check) {
		b.Run(name, func(b *testing.B) {
			conn := open(b)
			samples := 0
			for b.Loop() {
				res, err := conn.Probe(ctx, checks, probe.Options{})
				if err != nil {
					b.Fatal(err)
				}
				samples = 0
				for _, r := range res {
					samples += len(r.Samples)
				}
			}
			b.ReportMetric(float64(samples), "samples")
		})
	}

	query("baseline-count", `SELECT count(*) FROM t`)
	query("baseline-scan-same-columns", ScanSameColumns)
	probes("rowlevel/probe", RowChecks())
	for _, p := range RowLevelQueries {
		query("rowlevel/sql-"+p.Name, p.SQL)
	}
	query("duplicates/baseline-group-by", PlainDuplicates)
	probes("duplicates/probe", []probe.Check{DuplicateCheck()})
	for _, p := range DuplicateQueries {
		query("duplicates/sql-"+p.Name, p.SQL)
	}
	query("orphans/baseline-anti-join", PlainOrphans)
	probes("orphans/probe", []probe.Check{OrphanCheck()})
	for _, p := range OrphanQueries {
		query("orphans/sql-"+p.Name, p.SQL)
	}
	// The probe runs each query under a deadline (its time limit); time the
	// plain queries the same way to see what the deadline costs.
	b.Run("orphans/baseline-anti-join-with-deadline", func(b *testing.B) {
		raw := rawConn(b, path)
		for b.Loop() {
			qctx, cancel := context.WithTimeout(ctx, time.Minute)
			_, err := Drain(qctx, raw, PlainOrphans)
			cancel()
			if err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkProbeRatio times each probe and its baseline in alternation,
// pair after pair, each on a fresh connection, and reports the median
// of the per-pair ratios: on a shared machine whose load drifts from
// second to second, a ratio of neighbours is steadier than a ratio of
// medians taken minutes apart. Set SCHEMAGUARD_BENCH_PAIRS (default 7).
func BenchmarkProbeRatio(b *testing.B) {
	rows := envInt(b, "SCHEMAGUARD_BENCH_ROWS", 1_000_000)
	pairs := envInt(b, "SCHEMAGUARD_BENCH_PAIRS", 7)
	for _, tail := range []bool{false, true} {
		layout := "spread"
		if tail {
			layout = "tail"
		}
		bt := BigTable{Rows: rows, Parents: 10_000, Tail: tail}
		path := fixture(b, fmt.Sprintf("big-%d-%s-v1.db", rows, layout), bt.Write)
		for _, c := range []struct {
			name     string
			checks   []probe.Check
			baseline string
		}{
			{"rowlevel", RowChecks(), ScanSameColumns},
			{"duplicates", []probe.Check{DuplicateCheck()}, PlainDuplicates},
			{"orphans", []probe.Check{OrphanCheck()}, PlainOrphans},
		} {
			b.Run(fmt.Sprintf("rows=%d/layout=%s/%s", rows, layout, c.name), func(b *testing.B) {
				ctx := context.Background()
				// Each run opens its own connection and closes it before the
				// other runs, as BenchmarkProbe's one-iteration runs do: with
				// a second connection open on the same file, the anti-join
				// of either one ran 3x slower (docs/benchmarks.md).
				runProbe := func() time.Duration {
					conn, err := dialect.Open(ctx, "sqlite:"+path, dialect.OpenOptions{ReadOnly: true})
					if err != nil {
						b.Fatal(err)
					}
					defer conn.Close()
					start := time.Now()
					if _, err := conn.Probe(ctx, c.checks, probe.Options{}); err != nil {
						b.Fatal(err)
					}
					return time.Since(start)
				}
				runBase := func() time.Duration {
					db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)&_pragma=foreign_keys(1)&mode=ro")
					if err != nil {
						b.Fatal(err)
					}
					defer db.Close()
					db.SetMaxOpenConns(1)
					raw, err := db.Conn(ctx)
					if err != nil {
						b.Fatal(err)
					}
					defer raw.Close()
					start := time.Now()
					if _, err := Drain(ctx, raw, c.baseline); err != nil {
						b.Fatal(err)
					}
					return time.Since(start)
				}
				var ratios, probeMS, baseMS []float64
				for b.Loop() {
					ratios, probeMS, baseMS = ratios[:0], probeMS[:0], baseMS[:0]
					for i := range pairs {
						var tp, tb time.Duration
						// Alternate which goes first, so neither always runs on a warmer cache.
						if i%2 == 0 {
							tb = runBase()
							tp = runProbe()
						} else {
							tp = runProbe()
							tb = runBase()
						}
						ratios = append(ratios, float64(tp)/float64(tb))
						probeMS = append(probeMS, float64(tp)/1e6)
						baseMS = append(baseMS, float64(tb)/1e6)
					}
				}
				b.ReportMetric(median(ratios), "x-baseline")
				b.ReportMetric(median(probeMS), "probe-ms")
				b.ReportMetric(median(baseMS), "baseline-ms")
			})
		}
	}
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
