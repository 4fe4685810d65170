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
