package plan

import (
	"testing"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/dialect/sqlite"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/risk"
	"github.com/schemaguard/schemaguard/schema"
)

// plainDialect has only the methods of dialect.Dialect: no AddedKeyReader.
type plainDialect struct{ dialect.Dialect }

// A foreign key over columns the plan adds with a default is asked as the
// dialect can answer it: with the defaults in the check where the dialect
// reads them, as EXISTS where every key column is new, and not checkable
// where the key mixes new and existing columns.
func TestCheckDefaultReferences(t *testing.T) {
	t.Parallel()
	def := "'hq'"
	shop := &schema.Table{Name: "shop", Columns: []*schema.Column{{Name: "id"}, {Name: "country"}}}
	added := &schema.Column{Name: "region", Type: schema.Type{Kind: schema.KindText, Raw: "TEXT"}, Default: &def, Nullable: true}
	tests := []struct {
		name       string
		d          dialect.Dialect
		columns    []string
		refColumns []string
		wantKind   probe.Kind
		wantStatus probe.Status
		wantAdded  bool
	}{
		{name: "mixed, reader", d: &sqlite.Dialect{}, columns: []string{"country", "region"}, refColumns: []string{"country", "code"}, wantKind: probe.Orphans, wantStatus: probe.Skipped, wantAdded: true},
		{name: "mixed, other dialect", d: plainDialect{&sqlite.Dialect{}}, columns: []string{"country", "region"}, refColumns: []string{"country", "code"}, wantKind: probe.Orphans, wantStatus: probe.NotCheckable},
		{name: "all new, reader", d: &sqlite.Dialect{}, columns: []string{"region"}, refColumns: []string{"code"}, wantKind: probe.Orphans, wantStatus: probe.Skipped, wantAdded: true},
		{name: "all new, other dialect", d: plainDialect{&sqlite.Dialect{}}, columns: []string{"region"}, refColumns: []string{"code"}, wantKind: probe.CheckFails, wantStatus: probe.Skipped},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			add := &risk.Finding{Change: diff.AddColumn{Table: shop, Column: added}}
			fk := &risk.Finding{
				Change: diff.AddForeignKey{Table: shop, FK: &schema.ForeignKey{Columns: tt.columns, RefTable: "region", RefColumns: tt.refColumns}},
				Check:  &probe.Check{Kind: probe.Orphans, Table: "shop", Columns: tt.columns, RefTable: "region", RefColumns: tt.refColumns},
				Result: probe.Result{Status: probe.Skipped},
			}
			checkDefaultReferences([]*risk.Finding{add, fk}, tt.d)
			if fk.Check.Kind != tt.wantKind || fk.Result.Status != tt.wantStatus {
				t.Errorf("check %s, status %s; want %s, %s", fk.Check.Kind, fk.Result.Status, tt.wantKind, tt.wantStatus)
			}
			if got := fk.Check.Added["region"]; (got.Default != "") != tt.wantAdded || tt.wantAdded && got.Type.Raw != "TEXT" {
				t.Errorf("Added[region] = %+v, want set: %v", got, tt.wantAdded)
			}
		})
	}
}
