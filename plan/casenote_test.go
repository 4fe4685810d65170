package plan_test

import (
	"strings"
	"testing"

	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/risk"
	"github.com/schemaguard/schemaguard/schema"

	_ "github.com/schemaguard/schemaguard/dialect/mysql"
	_ "github.com/schemaguard/schemaguard/dialect/postgres"
	_ "github.com/schemaguard/schemaguard/dialect/sqlite"
)

// TestCaseOnlyRenameNote: a rename that changes only the case of a
// column's name says why it is a rename where the dialect compares
// column names without regard to case (dialect.NameFolder): MySQL and
// SQLite, not PostgreSQL, where "Email" and email are two columns.
func TestCaseOnlyRenameNote(t *testing.T) {
	t.Parallel()
	tests := []struct {
		dialect string
		note    bool
	}{
		{"mysql", true},
		{"sqlite", true},
		{"postgres", false},
	}
	for _, tt := range tests {
		t.Run(tt.dialect, func(t *testing.T) {
			t.Parallel()
			from := &schema.Column{Name: "email", Type: tText, Nullable: true}
			to := &schema.Column{Name: "Email", Type: tText, Nullable: true, Previously: []string{"email"}}
			tbl := &schema.Table{Name: "customer", Columns: []*schema.Column{from}}
			actual := &schema.Schema{Dialect: tt.dialect, Tables: []*schema.Table{tbl}}
			f := risk.Classify(diff.RenameColumn{Table: tbl, From: from, To: to}, actual)
			got := strings.Contains(strings.Join(f.Notes, "\n"), "case-insensitive")
			if f.Code != "rename-column-declared" || got != tt.note {
				t.Errorf("code %s, notes %q: want the case note %v", f.Code, f.Notes, tt.note)
			}
		})
	}
}
