package sqltext

import "testing"

func TestLeadingLines(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]int{
		"CREATE TABLE t (id int)":                     0,
		"\n\n  CREATE TABLE t (id int)":               2,
		" -- one\n\n/* two;\n lines */\nCREATE TABLE": 4,
		"# mysql\nCREATE TABLE":                       1,
		"-- only a comment":                           0,
	} {
		if got := LeadingLines(in); got != want {
			t.Errorf("LeadingLines(%q) = %d, want %d", in, got, want)
		}
	}
}
