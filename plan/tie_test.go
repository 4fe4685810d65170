package plan

import (
	"testing"

	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/risk"
	"github.com/schemaguard/schemaguard/schema"
)

func TestTieDefaults(t *testing.T) {
	t.Parallel()
	def := "false"
	tbl := &schema.Table{Name: "flag"}
	intCol := &schema.Column{Name: "enabled", Type: schema.Type{Kind: schema.KindInt, Raw: "integer"}, Nullable: true}
	boolCol := &schema.Column{Name: "enabled", Type: schema.Type{Kind: schema.KindBool, Raw: "boolean"}, Nullable: true, Default: &def}
	wide := &schema.Column{Name: "enabled", Type: schema.Type{Kind: schema.KindBigInt, Raw: "bigint"}, Nullable: true, Default: &def}
	tests := []struct {
		name     string
		to       *schema.Column
		typeRisk risk.Level
		want     risk.Level
	}{
		{name: "new kind, dangerous", to: boolCol, typeRisk: risk.Dangerous, want: risk.Dangerous},
		{name: "new kind, safe", to: boolCol, typeRisk: risk.Safe, want: risk.Safe},
		{name: "same kind family, other size", to: wide, typeRisk: risk.Dangerous, want: risk.Safe},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			typ := &risk.Finding{Change: diff.ModifyColumn{Table: tbl, From: intCol, To: tt.to, Aspect: diff.KindAlterType}, Risk: tt.typeRisk}
			d := &risk.Finding{Change: diff.ModifyColumn{Table: tbl, From: intCol, To: tt.to, Aspect: diff.KindSetDefault}, Risk: risk.Safe}
			tieDefaults([]*risk.Finding{typ, d})
			if d.Risk != tt.want {
				t.Errorf("default risk = %s, want %s", d.Risk, tt.want)
			}
		})
	}
}

func TestKeptStatementPartners(t *testing.T) {
	t.Parallel()
	parent := &schema.Table{Name: "parent"}
	child := &schema.Table{Name: "child"}
	col := func(name, raw string) *schema.Column {
		return &schema.Column{Name: name, Type: schema.Type{Kind: schema.KindBigInt, Raw: raw}}
	}
	// The SQL of each finding names a foreign key being dropped, but only
	// Ties, set by the dialect, groups them: a text match is not the rule.
	sql := []string{"ALTER TABLE `child` DROP FOREIGN KEY `fk`"}
	tests := []struct {
		name      string
		parentTie []string
		childTie  []string
		wantKept  bool
	}{
		{name: "same tie", parentTie: []string{"foreign key child.fk"}, childTie: []string{"foreign key child.fk"}, wantKept: true},
		{name: "other tie", parentTie: []string{"foreign key child.fk"}, childTie: []string{"foreign key child.other"}},
		{name: "same SQL, no tie", wantKept: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := &risk.Finding{Change: diff.ModifyColumn{Table: parent, From: col("id", "int"), To: col("id", "bigint"), Aspect: diff.KindAlterType},
				Risk: risk.Dangerous, Statements: sql, Ties: tt.parentTie}
			c := &risk.Finding{Change: diff.ModifyColumn{Table: child, From: col("parent_id", "int"), To: col("parent_id", "bigint"), Aspect: diff.KindAlterType},
				Risk: risk.Safe, Statements: sql, Ties: tt.childTie}
			out := map[*risk.Finding]string{}
			keptStatementPartners([]*risk.Finding{p, c}, true, out)
			if got := out[c] != ""; got != tt.wantKept {
				t.Errorf("child kept back = %v (%q), want %v", got, out[c], tt.wantKept)
			}
		})
	}
}
