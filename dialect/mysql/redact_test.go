package mysql

import (
	"errors"
	"testing"
)

func TestRedactErr(t *testing.T) {
	cases := []struct{ msg, pass, want string }{
		{"access denied for secret99", "secret99", "access denied for xxxxx"},
		{"dial tcp 127.0.0.1:3306: refused", "p", "dial tcp 127.0.0.1:3306: refused"},
		{"bad dsn app:p@tcp(h)/db", "p", "bad dsn app:xxxxx@tcp(h)/db"},
		{"nothing here", "", "nothing here"},
	}
	for _, c := range cases {
		if got := redactErr(errors.New(c.msg), c.pass).Error(); got != c.want {
			t.Errorf("redactErr(%q, %q) = %q, want %q", c.msg, c.pass, got, c.want)
		}
	}
	if redactErr(nil, "x") != nil {
		t.Error("redactErr(nil) is not nil")
	}
}
