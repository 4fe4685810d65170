package sqlite

import "testing"

func TestReplaceCols(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		expr string
		vals map[string]string
		want string
	}{
		{name: "bare", expr: "qty >= 5", vals: map[string]string{"qty": "X"}, want: "X >= 5"},
		{name: "other case", expr: "QTY >= 5 OR Kind = 'bulk'", vals: map[string]string{"qty": "X", "kind": "Y"}, want: "X >= 5 OR Y = 'bulk'"},
		{name: "quoted", expr: `"qty" > 1 AND ` + "`qty`" + ` < 9`, vals: map[string]string{"qty": "X"}, want: "X > 1 AND X < 9"},
		{name: "adjacent", expr: "qty+qty", vals: map[string]string{"qty": "X"}, want: "X+X"},
		{name: "literal left alone", expr: "kind IN ('kind', 'it''s kind') AND kind <> ''", vals: map[string]string{"kind": "Y"}, want: "Y IN ('kind', 'it''s kind') AND Y <> ''"},
		{name: "longer names left alone", expr: "qty_max > qty AND xqty = 1", vals: map[string]string{"qty": "X"}, want: "qty_max > X AND xqty = 1"},
		{name: "name with a space", expr: `"unit qty" > 0 AND qty > 0`, vals: map[string]string{"qty": "X"}, want: `"unit qty" > 0 AND X > 0`},
		{name: "non-ASCII letter continues a name", expr: "qtyé > qty", vals: map[string]string{"qty": "X"}, want: "qtyé > X"},
		{name: "replacement names a column", expr: "text = a", vals: map[string]string{"a": `CAST("a" AS TEXT)`, "text": `("text" COLLATE "NOCASE")`}, want: `("text" COLLATE "NOCASE") = CAST("a" AS TEXT)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := replaceCols(tt.expr, tt.vals); got != tt.want {
				t.Errorf("replaceCols(%q) = %q, want %q", tt.expr, got, tt.want)
			}
		})
	}
}
