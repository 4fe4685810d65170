package dialect_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/schemaguard/schemaguard/dialect"
)

func TestRedact(t *testing.T) {
	t.Parallel()
	tests := []struct {
		url     string
		secrets []string
	}{
		{"postgres://app:s3cret@h:5432/db", []string{"s3cret"}},
		{"postgres://h/db?user=app&password=s3cret&sslmode=disable", []string{"s3cret"}},
		{"mysql://app:one@h/db?pwd=two", []string{"one", "two"}},
		{"sqlite:./app.db", nil},
	}
	for _, tt := range tests {
		got := dialect.Redact(tt.url)
		for _, s := range tt.secrets {
			if strings.Contains(got, s) {
				t.Errorf("Redact(%q) = %q still shows %q", tt.url, got, s)
			}
		}
		if tt.secrets != nil && !strings.Contains(got, "xxxxx") {
			t.Errorf("Redact(%q) = %q does not mark the password", tt.url, got)
		}
		pws := dialect.Passwords(tt.url)
		slices.Sort(pws)
		if !slices.Equal(pws, tt.secrets) {
			t.Errorf("Passwords(%q) = %q, want %q", tt.url, pws, tt.secrets)
		}
	}
}
