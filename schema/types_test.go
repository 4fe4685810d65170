package schema_test

import (
	"slices"
	"testing"

	"github.com/schemaguard/schemaguard/schema"
)

func TestDomainOverDomain(t *testing.T) {
	t.Parallel()
	// small AS nonneg CHECK (VALUE <= 100); nonneg AS integer NOT NULL CHECK (VALUE >= 0)
	small := &schema.Domain{Base: "nonneg", Checks: []string{"(VALUE <= 100)"},
		Ancestors: []schema.Domain{{Base: "integer", NotNull: true, Checks: []string{"(VALUE >= 0)"}}}}
	tests := []struct {
		name string
		d    *schema.Domain
		over []string
		not  []string
		root string
		flat schema.Domain
	}{
		{
			name: "domain over a base type",
			d:    &schema.Domain{Base: "integer", Checks: []string{"(VALUE > 0)"}},
			over: []string{"integer", "INTEGER"},
			not:  []string{"bigint"},
			root: "integer",
			flat: schema.Domain{Base: "integer", Checks: []string{"(VALUE > 0)"}},
		},
		{
			name: "domain over a domain",
			d:    small,
			over: []string{"nonneg", "integer"},
			not:  []string{"small", "bigint"},
			root: "integer",
			flat: schema.Domain{Base: "integer", NotNull: true, Checks: []string{"(VALUE <= 100)", "(VALUE >= 0)"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			for _, n := range tt.over {
				if !tt.d.Over(n) {
					t.Errorf("Over(%q) = false, want true", n)
				}
			}
			for _, n := range tt.not {
				if tt.d.Over(n) {
					t.Errorf("Over(%q) = true, want false", n)
				}
			}
			if got := tt.d.Root(); got != tt.root {
				t.Errorf("Root() = %q, want %q", got, tt.root)
			}
			f := tt.d.Flat()
			if f.Base != tt.flat.Base || f.NotNull != tt.flat.NotNull || !slices.Equal(f.Checks, tt.flat.Checks) {
				t.Errorf("Flat() = %+v, want %+v", *f, tt.flat)
			}
		})
	}
}
