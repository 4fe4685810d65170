package mysql

import (
	"errors"
	"testing"

	driver "github.com/go-sql-driver/mysql"
)

// The server counts a syntax error's line from the statement's start.
func TestErrorLineIn(t *testing.T) {
	t.Parallel()
	syntax := &driver.MySQLError{Number: 1064, Message: "You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near 'NUL\n)' at line 4"}
	for _, tt := range []struct {
		err  error
		want int
	}{
		{syntax, 4},
		{&driver.MySQLError{Number: 1286, Message: "Unknown storage engine 'Bogus' at line 3"}, 1},
		{&driver.MySQLError{Number: 1064, Message: "near 'x'"}, 1},
		{errors.New("at line 9"), 1},
	} {
		if got := errorLineIn(tt.err); got != tt.want {
			t.Errorf("errorLineIn(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
}
