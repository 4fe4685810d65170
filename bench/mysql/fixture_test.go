package mysql

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/schemaguard/schemaguard/bench"

	driver "github.com/go-sql-driver/mysql"

	"github.com/schemaguard/schemaguard/dialect/mysql"
)

// serverURL is the server the benchmarks run on, or a skip.
func serverURL(b *testing.B) string {
	b.Helper()
	u := os.Getenv("SCHEMAGUARD_TEST_MYSQL_URL")
	if u == "" {
		b.Skip("set SCHEMAGUARD_TEST_MYSQL_URL=mysql://... to run the MySQL benchmarks (scripts/mariadb.sh start prints it)")
	}
	return u
}

// rawDB opens a database/sql handle on u (multi-statement off).
func rawDB(b *testing.B, u string) *sql.DB {
	b.Helper()
	cfg, err := mysql.ParseURL(u)
	if err != nil {
		b.Fatal(err)
	}
	c, err := driver.NewConnector(cfg)
	if err != nil {
		b.Fatal(err)
	}
	return sql.OpenDB(c)
}

// fixtureDB returns the URL of database name, building it with build (in
// name_building, then renamed table by table) when it does not exist yet.
// MySQL cannot rename a database: the finished build is marked by a table
// sgbench_done, and an unfinished one is dropped and built again.
func fixtureDB(b *testing.B, name string, build func(ctx context.Context, db *sql.DB) error) string {
	b.Helper()
	base := serverURL(b)
	ctx := context.Background()
	admin := rawDB(b, base)
	defer admin.Close()
	var n int
	if err := admin.QueryRowContext(ctx, "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = 'sgbench_done'", name).Scan(&n); err != nil {
		b.Fatal(err)
	}
	u := withDB(b, base, name)
	if n == 1 {
		return u
	}
	for _, q := range []string{
		"DROP DATABASE IF EXISTS `" + name + "`",
		"CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci",
	} {
		if _, err := admin.ExecContext(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("building fixture database %s", name)
	db := rawDB(b, u)
	defer db.Close()
	db.SetMaxOpenConns(1)
	if err := build(ctx, db); err != nil {
		b.Fatalf("building %s: %v", name, err)
	}
	// The marker is created last; inspections leave it out (ignore).
	if _, err := db.ExecContext(ctx, "CREATE TABLE sgbench_done (id int PRIMARY KEY)"); err != nil {
		b.Fatal(err)
	}
	return u
}

// ignore keeps the fixture's marker table out of inspections.
var ignore = []string{"sgbench_done"}

// envList reads a list of sizes such as SCHEMAGUARD_BENCH_MYSQL_TABLES=100,500.
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

func execAll(ctx context.Context, db *sql.DB, stmts ...string) error {
	for _, q := range stmts {
		if _, err := db.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("%.200s: %w", q, err)
		}
	}
	return nil
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
