package diff_test

import (
	"slices"
	"testing"

	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/schema"
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

// A change to a list of allowed values says which options go and come, in
// the same words on every engine, rather than the engine's spelling.
func TestCheckMessages(t *testing.T) {
	t.Parallel()
	post := &schema.Table{Name: "post"}
	check := func(expr string) *schema.Check { return &schema.Check{Name: "post_status_check", Expr: expr} }
	pg := "(status)::text = ANY (ARRAY[('draft'::character varying)::text, ('published'::character varying)::text])"
	tests := []struct {
		name   string
		change diff.Change
		want   string
	}{
		{"options removed, PostgreSQL", diff.AlterCheck{Table: post, From: check("status IN ('draft','published','archived')"), To: check(pg)},
			"change check post_status_check on post: remove option 'archived' from status (allowed: 'draft', 'published')"},
		{"options removed, MySQL", diff.AlterCheck{Table: post, From: check("`status` in ('draft','published','archived','spam')"), To: check("`status` in ('draft','published')")},
			"change check post_status_check on post: remove options 'archived', 'spam' from status (allowed: 'draft', 'published')"},
		{"options added", diff.AlterCheck{Table: post, From: check("status IN ('draft')"), To: check("status IN ('draft','it''s')")},
			"change check post_status_check on post: add option 'it''s' to status (allowed: 'draft', 'it''s')"},
		{"options swapped", diff.AlterCheck{Table: post, From: check("status IN ('a','b')"), To: check("status IN ('a','c')")},
			"change check post_status_check on post: remove option 'b' and add option 'c' to status (allowed: 'a', 'c')"},
		{"another expression", diff.AlterCheck{Table: post, From: check("price > 0"), To: check("price >= 0")},
			"change check post_status_check on post to price >= 0"},
		{"a list added, PostgreSQL", diff.AddCheck{Table: post, Check: check(pg)},
			"add check status IN ('draft', 'published') on post"},
		{"a list dropped", diff.DropCheck{Table: post, Check: check("status IN ('draft','published')")},
			"drop check status IN ('draft', 'published') on post"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := tt.change.String(); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}
