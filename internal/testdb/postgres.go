package testdb

import (
	"os"
	"testing"
)

// Postgres returns the URL of the PostgreSQL server tests may use, from
// SCHEMAGUARD_TEST_PG_URL. The user must be allowed to CREATE DATABASE;
// tests create their own databases on it. Without the variable the test is
// skipped, except under CI=true, where a missing server fails the run.
func Postgres(t testing.TB) string {
	t.Helper()
	if u := os.Getenv("SCHEMAGUARD_TEST_PG_URL"); u != "" {
		return u
	}
	const msg = "set SCHEMAGUARD_TEST_PG_URL=postgres://... to run PostgreSQL tests (scripts/pg.sh start prints one)"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}
