package diff_test

import (
	"slices"
	"testing"

	"github.com/schemaguard/schemaguard/diff"
)

func TestInList(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, expr string
		col        string
		vals       []string
	}{
		{name: "sqlite", expr: "status IN ('new', 'paid', 'void')", col: "status", vals: []string{"new", "paid", "void"}},
		{name: "quoted and escaped", expr: `("status" in ('it''s', 'b'))`, col: "status", vals: []string{"it's", "b"}},
		{name: "mysql", expr: "`status` in ('new','paid')", col: "status", vals: []string{"new", "paid"}},
		{name: "postgres", expr: "((status)::text = ANY ((ARRAY['new'::character varying, 'paid'::character varying])::text[]))", col: "status", vals: []string{"new", "paid"}},
		{name: "postgres inspected", expr: "(status)::text = ANY (ARRAY[('new'::character varying)::text, ('it''s'::character varying)::text])", col: "status", vals: []string{"new", "it's"}},
		{name: "postgres one value", expr: "(status)::text = ANY (ARRAY[('new'::character varying)::text])", col: "status", vals: []string{"new"}},
		{name: "unclosed value", expr: "(status)::text = ANY (ARRAY[('new'::character varying::text, 'b'])", col: ""},
		{name: "trailing comma", expr: "status IN ('a', )"},
		{name: "not a list", expr: "status IN ('a') OR status IS NULL"},
		{name: "numbers", expr: "n IN (1, 2)"},
		{name: "comparison", expr: "qty >= 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			col, vals, ok := diff.InList(tt.expr)
			if ok != (tt.col != "") || col != tt.col || !slices.Equal(vals, tt.vals) {
				t.Errorf("InList(%q) = %q, %q, %v; want %q, %q", tt.expr, col, vals, ok, tt.col, tt.vals)
			}
		})
	}
}
