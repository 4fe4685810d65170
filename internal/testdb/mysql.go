package testdb

import (
	"os"
	"testing"
)

// MySQL returns the URL of the MySQL or MariaDB server tests may use, from
// SCHEMAGUARD_TEST_MYSQL_URL (mysql://user:pass@127.0.0.1:port/db; the user
// may create databases). Without it the test is skipped, or fails under
// CI=true, where nothing may be skipped. scripts/mariadb.sh start prints
// the variable for a throwaway local server.
func MySQL(t testing.TB) string {
	t.Helper()
	if u := os.Getenv("SCHEMAGUARD_TEST_MYSQL_URL"); u != "" {
		return u
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("SCHEMAGUARD_TEST_MYSQL_URL is not set and CI=true: start a server with scripts/mariadb.sh start")
	}
	t.Skip("set SCHEMAGUARD_TEST_MYSQL_URL=mysql://... to run MySQL tests (scripts/mariadb.sh start prints it)")
	return ""
}
