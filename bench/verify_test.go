package bench

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/probe"
)

// verifyFixture checks that the fixture holds the offending rows it should,
// that the probe counts them exactly and returns the samples plain
// per-check queries return, and that every query timed next to the engine
// counts the same rows.
func verifyFixture(ctx context.Context, conn dialect.Conn, raw *sql.Conn, bt BigTable) error {
	checks := append(RowChecks(), DuplicateCheck(), OrphanCheck())
	res, err := conn.Probe(ctx, checks, probe.Options{})
	if err != nil {
		return err
	}
	off := bt.Offending()
	want := []int64{off, 3 * off, off, off, off, off}
	for i, r := range res {
		if r.Status != probe.Exact || r.Affected != want[i] {
			return fmt.Errorf("check %d (%s): status %s, %d rows, want exact %d (err %v)", i, checks[i].Kind, r.Status, r.Affected, want[i], r.Err)
		}
		// Every row of a duplicate group is a sample, the first one included.
		rowsHit := want[i]
		if checks[i].Kind == probe.Duplicates {
			rowsHit = 2 * want[i]
		}
		if n := min(int64(probe.MaxSamples), rowsHit); int64(len(r.Samples)) != n {
			return fmt.Errorf("check %d (%s): %d samples, want %d", i, checks[i].Kind, len(r.Samples), n)
		}
	}
	if res[4].Groups != off {
		return fmt.Errorf("duplicates: %d groups, want %d", res[4].Groups, off)
	}
	for _, q := range RowLevelQueries {
		got, err := scanInts(ctx, raw, q.SQL)
		if err != nil {
			return fmt.Errorf("%s: %w", q.Name, err)
		}
		for j, i := range q.Checks {
			if got[j] != want[i] {
				return fmt.Errorf("%s counts %v for checks %v, want %v", q.Name, got, q.Checks, want[:4])
			}
		}
	}
	// The engine's samples are the first failing rows by id of each check,
	// as a plain query per check finds them.
	for i, q := range refSampleQueries {
		ids, err := scanColumn(ctx, raw, q)
		if err != nil {
			return fmt.Errorf("reference samples of check %d: %w", i, err)
		}
		var got []int64
		for _, s := range res[i].Samples {
			got = append(got, s.Key["id"].(int64))
		}
		if !slices.Equal(got, ids) {
			return fmt.Errorf("check %d (%s): sample ids %v, a plain query finds %v", i, checks[i].Kind, got, ids)
		}
	}
	var groups, affected int64
	var unkeyed, first, value any
	if err := raw.QueryRowContext(ctx, engineDupGroups).Scan(&groups, &affected, &unkeyed, &first, &value); err != nil {
		return fmt.Errorf("engine-groups: %w", err)
	}
	if groups != res[4].Groups || affected != res[4].Affected {
		return fmt.Errorf("engine-groups: %d groups, %d rows; the probe says %d, %d", groups, affected, res[4].Groups, res[4].Affected)
	}
	orphans, err := scanInts(ctx, raw, engineOrphanCount)
	if err != nil {
		return err
	}
	if orphans[0] != res[5].Affected {
		return fmt.Errorf("engine orphan count %d, the probe says %d", orphans[0], res[5].Affected)
	}
	return nil
}

// TestFixtures runs the generators and the probe checks on small sizes, so
// that CI keeps the benchmarks' fixtures and rewrites honest without
// building the big ones.
func TestFixtures(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, tail := range []bool{false, true} {
		t.Run(fmt.Sprintf("tail=%v", tail), func(t *testing.T) {
			t.Parallel()
			bt := BigTable{Rows: 100_000, Parents: 1000, Tail: tail}
			if !tail {
				bt.Rows = 20_000
			}
			path := filepath.Join(t.TempDir(), "big.db")
			if err := bt.Write(ctx, path); err != nil {
				t.Fatal(err)
			}
			conn, err := dialect.Open(ctx, "sqlite:"+path, dialect.OpenOptions{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			raw, err := db.Conn(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer raw.Close()
			if err := verifyFixture(ctx, conn, raw, bt); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestGenerate checks that the generated schemas diff into changes of every
// kind the benchmark claims, and that the DDL and rows load into SQLite and
// read back as the generated schema.
func TestGenerate(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	actual := Generate(40, 1)
	desired := Mutate(actual, 60, 2, true)
	kinds := map[diff.Kind]int{}
	for _, c := range diff.Compute(actual, desired) {
		kinds[c.Kind()]++
	}
	for _, k := range []diff.Kind{diff.KindAddTable, diff.KindDropTable, diff.KindAddColumn, diff.KindDropColumn,
		diff.KindAlterType, diff.KindSetNotNull, diff.KindAddUnique, diff.KindAddForeignKey, diff.KindAddCheck,
		diff.KindRenameColumn, diff.KindChangeDefault, diff.KindDropIndex} {
		if kinds[k] == 0 {
			t.Errorf("no %s change in %v", k, kinds)
		}
	}
	if n := len(diff.Compute(actual, Clone(actual))); n != 0 {
		t.Errorf("a clone differs from its original by %d changes", n)
	}

	path := filepath.Join(t.TempDir(), "schema.db")
	if err := WriteSchemaDB(ctx, path, actual, 20); err != nil {
		t.Fatal(err)
	}
	conn, err := dialect.Open(ctx, "sqlite:"+path, dialect.OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	got, err := conn.Inspect(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if cs := diff.Compute(got, actual); len(cs) != 0 {
		t.Errorf("inspected schema differs from the generated one by %d changes, first %s", len(cs), cs[0])
	}
}
