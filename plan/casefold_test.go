package plan

import (
	"slices"
	"testing"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/dialect/mysql"
	"github.com/schemaguard/schemaguard/dialect/sqlite"
	"github.com/schemaguard/schemaguard/schema"
)

// TestDeclareCaseRenames: where the dialect compares names without regard
// to case, a desired name the database spells in another case is that
// name renamed. MariaDB 10.11 refuses "ALTER TABLE t2 ADD COLUMN email"
// beside Email (ERROR 1060 Duplicate column name) but keeps tables T3 and
// t3 apart (lower_case_table_names=0); SQLite folds both.
func TestDeclareCaseRenames(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name               string
		d                  dialect.Dialect
		wantTable, wantCol []string
	}{
		{name: "mysql folds columns only", d: &mysql.Dialect{}, wantTable: nil, wantCol: []string{"points"}},
		{name: "sqlite folds both", d: &sqlite.Dialect{}, wantTable: []string{"customer"}, wantCol: []string{"points"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			actual := &schema.Schema{Tables: []*schema.Table{{Name: "customer", Columns: []*schema.Column{{Name: "points"}}}, {Name: "item", Columns: []*schema.Column{{Name: "points"}}}}}
			desired := &schema.Schema{Tables: []*schema.Table{{Name: "Customer", Columns: []*schema.Column{{Name: "Points"}}}, {Name: "item", Columns: []*schema.Column{{Name: "Points"}}}}}
			declareCaseRenames(actual, desired, tt.d)
			if got := desired.Tables[0].Previously; !slices.Equal(got, tt.wantTable) {
				t.Errorf("table Customer previously = %q, want %q", got, tt.wantTable)
			}
			if got := desired.Tables[1].Columns[0].Previously; !slices.Equal(got, tt.wantCol) {
				t.Errorf("column item.Points previously = %q, want %q", got, tt.wantCol)
			}
		})
	}
}
