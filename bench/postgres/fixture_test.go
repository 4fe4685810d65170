package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/schemaguard/schemaguard/bench"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver

	"github.com/schemaguard/schemaguard/dialect"
)

// serverURL is the server the benchmarks run on, or a skip.
func serverURL(b *testing.B) string {
	b.Helper()
	u := os.Getenv("SCHEMAGUARD_TEST_PG_URL")
	if u == "" {
		b.Skip("set SCHEMAGUARD_TEST_PG_URL=postgres://... to run the PostgreSQL benchmarks (scripts/pg.sh start prints it)")
	}
	return u
}

// fixtureDB returns the URL of database name, building it with build (on
// a fresh database, then renamed) when it does not exist yet.
func fixtureDB(b *testing.B, name string, build func(ctx context.Context, u string) error) string {
	b.Helper()
	base := serverURL(b)
	ctx := context.Background()
	admin, err := sql.Open("pgx", base)
	if err != nil {
		b.Fatal(err)
	}
	defer admin.Close()
	var exists bool
	if err := admin.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists); err != nil {
		b.Fatal(err)
	}
	if exists {
		return withDB(b, base, name)
	}
	tmp := name + "_building"
	for _, q := range []string{
		`DROP DATABASE IF EXISTS "` + tmp + `" WITH (FORCE)`,
		`CREATE DATABASE "` + tmp + `"`,
	} {
		if _, err := admin.ExecContext(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("building fixture database %s", name)
	if err := build(ctx, withDB(b, base, tmp)); err != nil {
		b.Fatalf("building %s: %v", name, err)
	}
	if _, err := admin.ExecContext(ctx, `ALTER DATABASE "`+tmp+`" RENAME TO "`+name+`"`); err != nil {
		b.Fatal(err)
	}
	return withDB(b, base, name)
}

// envList reads a list of sizes such as SCHEMAGUARD_BENCH_PG_TABLES=100,500.
func envList(b *testing.B, name string, def []int) []int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	var out []int
	for _, f := range strings.Split(v, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			b.Fatalf("%s=%q: want positive integers separated by commas", name, v)
		}
		out = append(out, n)
	}
	return out
}

// buildSchema creates the drifted live schema of n tables, one statement
// at a time: one transaction for thousands of tables would run out of
// lock slots (max_locks_per_transaction).
func buildSchema(n int) func(ctx context.Context, u string) error {
	return func(ctx context.Context, u string) error {
		conn, err := dialect.Open(ctx, u, dialect.OpenOptions{})
		if err != nil {
			return err
		}
		ddl, _, err := DesiredDDL(ctx, conn, DocTypes(n, true))
		conn.Close()
		if err != nil {
			return err
		}
		db, err := sql.Open("pgx", u)
		if err != nil {
			return err
		}
		defer db.Close()
		for _, st := range strings.SplitAfter(ddl, ";\n") {
			if strings.TrimSpace(st) == "" {
				continue
			}
			if _, err := db.ExecContext(ctx, st); err != nil {
				return fmt.Errorf("%s: %w", st, err)
			}
		}
		_, err = db.ExecContext(ctx, "ANALYZE")
		return err
	}
}

// withDB is base with its database replaced by name.
func withDB(b *testing.B, base, name string) string {
	b.Helper()
	u, err := bench.WithDB(base, name)
	if err != nil {
		b.Fatal(err)
	}
	return u
}
