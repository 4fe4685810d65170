package mysql

import (
	"testing"

	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/schema"
)

func TestLiterals(t *testing.T) {
	t.Parallel()
	tests := []struct{ standard, mysql string }{
		{`'C:\temp'`, `'C:\\temp'`},
		{`path in ('C:\temp','a\b','it''s')`, `path in ('C:\\temp','a\\b','it''s')`},
		{`x = 'no escapes'`, `x = 'no escapes'`},
	}
	for _, tt := range tests {
		if got := toMySQLLiterals(tt.standard); got != tt.mysql {
			t.Errorf("toMySQLLiterals(%s) = %s, want %s", tt.standard, got, tt.mysql)
		}
		if got := fromMySQLLiterals(tt.mysql); got != tt.standard {
			t.Errorf("fromMySQLLiterals(%s) = %s, want %s", tt.mysql, got, tt.standard)
		}
	}
	// MySQL spellings that are not the standard one.
	for in, want := range map[string]string{
		`'it\'s'`:                     `'it''s'`,
		`"a\"b"`:                      `'a"b'`,
		"`we\\ird` = 'x'":             "`we\\ird` = 'x'",
		`'tab\there'`:                 "'tab\there'",
		`json_valid(` + "`doc`" + `)`: "json_valid(`doc`)",
	} {
		if got := fromMySQLLiterals(in); got != want {
			t.Errorf("fromMySQLLiterals(%s) = %q, want %q", in, got, want)
		}
	}
}

// A default and a check with backslashes, as a DocType writes them
// (standard literals), are stored as written and read back equal.
func TestBackslashLiteralsRoundTrip(t *testing.T) {
	t.Parallel()
	db := newTestDB(t, "CREATE TABLE f (id int PRIMARY KEY, path varchar(20))")
	actual := db.inspect(t)
	tbl := diff.CloneTable(actual.Table("f"))
	desired := &schema.Schema{Dialect: actual.Dialect, Tables: []*schema.Table{tbl}}
	def := `'C:\temp'`
	tbl.Column("path").Default = &def
	tbl.Checks = append(tbl.Checks, &schema.Check{Name: "f_path", Expr: `path IN ('C:\temp', 'a\b')`})
	db.apply(t, actual, desired)
	db.exec(t, "INSERT INTO f (id) VALUES (1)")
	var hexed string
	if err := db.raw.QueryRow("SELECT HEX(path) FROM f").Scan(&hexed); err != nil {
		t.Fatal(err)
	}
	if hexed != "433A5C74656D70" { // C:\temp
		t.Errorf("stored default = %s, want the bytes of C:\\temp", hexed)
	}
	if rest := diff.Compute(db.inspect(t), desired); len(rest) != 0 {
		t.Errorf("after apply the schema still differs: %v", rest)
	}
}
